package dev.bgsim.pkg;

import java.util.regex.Pattern;

/**
 * Checks of single declared values that both manifest readers share, reported at the value's
 * own position: task types, resource group and server names, class names.
 */
final class DeclarationValueChecks {
    /** Schema rule for ResourceGroup and ServerName: alphanumeric, 1 to 255 characters, starting with a letter. */
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,254}");
    private static final Pattern JAVA_CLASS_NAME =
            Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*");

    private final TaskTypeTable taskTypes;
    private final Diagnostics diagnostics;

    DeclarationValueChecks(TaskTypeTable taskTypes, Diagnostics diagnostics) {
        this.taskTypes = taskTypes;
        this.diagnostics = diagnostics;
    }

    /** Unknown task type: an error naming the valid ones. */
    void taskType(String type, SourceLocation at) {
        if (!taskTypes.isKnown(type)) {
            diagnostics.error(at, "unknown task type \"" + type + "\"", taskTypes.expectedHint(type));
        }
    }

    /** ResourceGroup must be alphanumeric and start with a letter. */
    void resourceGroup(String name, SourceLocation at) {
        hostName("resource group", name, at);
    }

    /** ServerName follows the same rule as ResourceGroup. */
    void serverName(String name, SourceLocation at) {
        hostName("server name", name, at);
    }

    private void hostName(String what, String name, SourceLocation at) {
        if (!HOST_NAME.matcher(name).matches()) {
            diagnostics.error(at, what + " \"" + name + "\" is not a valid name",
                    "use 1 to 255 letters and digits, starting with a letter, e.g. \"" + suggestion(name) + "\"");
        }
    }

    private static String suggestion(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9]", "");
        if (cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0))) {
            cleaned = "group" + cleaned;
        }
        return cleaned.length() > 255 ? cleaned.substring(0, 255) : cleaned;
    }

    /** A bgsim manifest names Java classes: {@code tasks.SampleTask}. */
    void javaClassName(String what, String name, SourceLocation at) {
        if (!JAVA_CLASS_NAME.matcher(name).matches()) {
            diagnostics.error(at, what + " \"" + name + "\" is not a Java class name",
                    "write the fully qualified class name, e.g. \"tasks.SampleBackgroundTask\"");
        }
    }
}
