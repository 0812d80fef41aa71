package dev.bgsim.ui.appstate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays an app's commands out as the rows of its pages: commands of the form {@code <verb> <subject>}
 * that share a subject ({@code Register SampleBackgroundTask}, {@code Unregister SampleBackgroundTask})
 * become one row, the subject then one button per verb; any other command is a button of its own.
 * Rows keep the order in which the app listed their first command.
 */
final class ButtonRows {

    /** One button: its label and the command it presses. */
    record Press(String label, String command) {
    }

    /**
     * One row of the panel.
     *
     * @param subject what the buttons act on; null for a command shown whole
     * @param presses the buttons, in the app's order
     */
    record Row(String subject, List<Press> presses) {
    }

    private ButtonRows() {
    }

    static List<Row> of(List<String> commands) {
        Map<String, List<String>> bySubject = new LinkedHashMap<>();
        for (String command : commands) {
            bySubject.computeIfAbsent(subject(command), s -> new ArrayList<>()).add(command);
        }
        List<Row> rows = new ArrayList<>();
        Map<String, Boolean> done = new LinkedHashMap<>();
        for (String command : commands) {
            String subject = subject(command);
            List<String> same = bySubject.get(subject);
            if (subject != null && same.size() > 1) {
                if (done.putIfAbsent(subject, true) == null) {
                    rows.add(new Row(subject, same.stream().map(c -> new Press(verb(c), c)).toList()));
                }
            } else {
                rows.add(new Row(null, List.of(new Press(command, command))));
            }
        }
        return rows;
    }

    /** The words after the first, or null for a one-word command. */
    private static String subject(String command) {
        int space = command.strip().indexOf(' ');
        return space < 0 ? null : command.strip().substring(space + 1).strip();
    }

    private static String verb(String command) {
        String c = command.strip();
        return c.substring(0, c.indexOf(' '));
    }
}
