package dev.bgsim.pkg;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a UWP {@code Package.appxmanifest} / {@code AppxManifest.xml} (Windows 8.x and 10+):
 * identity, display name, capabilities, applications, their {@code windows.backgroundTasks} and
 * {@code windows.updateTask} extensions. Elements and attributes are matched by local name in any
 * namespace ({@code Task}, {@code m2:Task}, {@code uap:Task}, {@code iot:Task}...); everything else
 * is ignored, including other extensions that carry an EntryPoint or Executable. DTDs and
 * external entities are refused (no XXE). Stateless; each {@link #read} has its own state.
 */
final class AppxManifestReader {
    static final String BACKGROUND_TASKS = "windows.backgroundTasks";
    static final String UPDATE_TASK = "windows.updateTask";

    private final TaskTypeTable taskTypes;

    AppxManifestReader(TaskTypeTable taskTypes) {
        this.taskTypes = taskTypes;
    }

    /** Reads the manifest text (already decoded, without a byte order mark); problems go to {@code diagnostics}. */
    ManifestContent read(String text, SourceLocation file, Diagnostics diagnostics) {
        return new Pass(text, file, diagnostics).run();
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** One read of one file: the StAX cursor, the element path and what was found so far. */
    private final class Pass {
        private final String text;
        private final XmlSourceText source;
        private final SourceLocation file;
        private final Diagnostics diagnostics;
        private final DeclarationValueChecks checks;
        private final List<String> path = new ArrayList<>();

        private XMLStreamReader xml;
        private int tagStart = -1;
        private int tagEnd;

        private String identityName;
        private PackageVersion version;
        private String publisher;
        private String displayName;
        private SourceLocation identityLocation;
        private final List<ApplicationDeclaration> applications = new ArrayList<>();
        private final List<String> capabilities = new ArrayList<>();
        private final List<DeclaredTask> tasks = new ArrayList<>();
        private final List<UpdateTaskDeclaration> updateTasks = new ArrayList<>();
        private String currentApplicationId;
        private TaskUnderConstruction task;

        Pass(String text, SourceLocation file, Diagnostics diagnostics) {
            this.text = text;
            this.source = new XmlSourceText(text);
            this.file = file;
            this.diagnostics = diagnostics;
            this.checks = new DeclarationValueChecks(taskTypes, diagnostics);
        }

        ManifestContent run() {
            try {
                xml = secureFactory().createXMLStreamReader(new StringReader(text));
                try {
                    readAll();
                } finally {
                    xml.close();
                }
            } catch (XMLStreamException e) {
                reportMalformed(e);
                return null;
            }
            if (identityName == null) {
                if (identityLocation == null) {
                    diagnostics.error(file, "the manifest has no <Identity> element",
                            "add <Identity Name=\"Company.App\" Version=\"1.0.0.0\" Publisher=\"CN=...\"/> under <Package>");
                }
                return null;
            }
            if (version == null) {
                return null;
            }
            PackageIdentity identity = new PackageIdentity(identityName, version,
                    displayName == null || displayName.isBlank() ? identityName : displayName.strip(), publisher);
            return new ManifestContent(identity, applications, capabilities, tasks, updateTasks, List.of(), List.of());
        }

        private void readAll() throws XMLStreamException {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    diagnostics.error(streamPosition(), "the manifest has a DOCTYPE; appx manifests have none and bgsim does not read DTDs",
                            "remove the <!DOCTYPE ...> declaration");
                    return;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    tagEnd = xml.getLocation().getCharacterOffset();
                    tagStart = source.tagStart(tagEnd);
                    if (!startElement(xml.getLocalName())) {
                        path.add(xml.getLocalName());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    endElement();
                }
            }
        }

        /** Handles one start tag; true when it consumed the element up to its end tag. */
        private boolean startElement(String name) throws XMLStreamException {
            if (path.isEmpty()) {
                if (!name.equals("Package")) {
                    diagnostics.error(here(), "the root element is <" + xml.getName().getLocalPart()
                            + ">, not <Package>", "an appx manifest starts with <Package xmlns=\"http://schemas.microsoft.com/appx/manifest/foundation/windows10\">");
                }
            } else if (at("Package") && name.equals("Identity")) {
                identity();
            } else if (at("Package", "Properties") && name.equals("DisplayName")) {
                displayName = xml.getElementText();
                return true;
            } else if (at("Package", "Capabilities") && name.endsWith("Capability")) {
                String capability = attribute("Name");
                if (capability != null) {
                    capabilities.add(capability);
                }
            } else if (at("Package", "Applications") && name.equals("Application")) {
                application();
            } else if (at("Package", "Applications", "Application", "Extensions") && name.equals("Extension")) {
                extension();
            } else if (task != null && at("Package", "Applications", "Application", "Extensions", "Extension")
                    && name.equals("BackgroundTasks")) {
                task.backgroundTasksElement(this);
            } else if (task != null && at("Package", "Applications", "Application", "Extensions", "Extension", "BackgroundTasks")
                    && name.equals("Task")) {
                taskType();
            }
            return false;
        }

        private void endElement() {
            String closed = path.remove(path.size() - 1);
            if (closed.equals("Extension") && task != null && at("Package", "Applications", "Application", "Extensions")) {
                task.finish(this);
                task = null;
            } else if (closed.equals("Application") && path.size() == 2) {
                currentApplicationId = null;
            }
        }

        private void identity() {
            identityLocation = here();
            identityName = attribute("Name");
            publisher = attribute("Publisher");
            if (identityName == null || identityName.isBlank()) {
                identityName = null;
                diagnostics.error(here(), "<Identity> has no Name", "add Name=\"Company.App\" to <Identity>");
            }
            String versionText = attribute("Version");
            if (versionText == null) {
                diagnostics.error(here(), "<Identity> has no Version", "add Version=\"1.0.0.0\" to <Identity>");
                return;
            }
            try {
                version = PackageVersion.parse(versionText);
            } catch (IllegalArgumentException e) {
                diagnostics.error(attributeAt("Version"), e.getMessage(), null);
            }
        }

        private void application() {
            String id = attribute("Id");
            if (id == null) {
                diagnostics.error(here(), "<Application> has no Id", "add Id=\"App\" to <Application>");
                id = "";
            }
            currentApplicationId = id;
            String entryPoint = attribute("EntryPoint");
            applications.add(new ApplicationDeclaration(id, entryPoint, entryPoint == null ? here() : attributeAt("EntryPoint")));
        }

        private void extension() {
            String category = attribute("Category");
            if (BACKGROUND_TASKS.equals(category)) {
                task = new TaskUnderConstruction(currentApplicationId, here());
                task.extensionElement(this);
            } else if (UPDATE_TASK.equals(category)) {
                String entryPoint = attribute("EntryPoint");
                if (entryPoint == null) {
                    diagnostics.error(here(), "the windows.updateTask extension has no EntryPoint",
                            "add EntryPoint=\"Tasks.UpdateTask\" naming the class to run after an update");
                } else {
                    updateTasks.add(new UpdateTaskDeclaration(entryPoint, currentApplicationId, attributeAt("EntryPoint")));
                }
            }
        }

        private void taskType() {
            String type = attribute("Type");
            if (type == null) {
                diagnostics.error(here(), "<" + xml.getName().getLocalPart() + "> has no Type",
                        "add Type=\"...\", one of: " + String.join(", ", taskTypes.names()));
                return;
            }
            checks.taskType(type, attributeAt("Type"));
            task.taskTypes.add(type);
        }

        /** True when the current element's parents are exactly {@code names}. */
        private boolean at(String... names) {
            return path.equals(List.of(names));
        }

        /** The value of the attribute with this local name, in any namespace or none; null when absent. */
        String attribute(String localName) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                if (xml.getAttributeLocalName(i).equals(localName)) {
                    return xml.getAttributeValue(i);
                }
            }
            return null;
        }

        /** Where the current start tag begins (its {@code <}). */
        SourceLocation here() {
            if (tagStart >= 0) {
                return source.locate(file, tagStart);
            }
            return streamPosition();
        }

        /** Where the parser is (after the current event), for events that are not start tags. */
        private SourceLocation streamPosition() {
            return file.at(Math.max(1, xml.getLocation().getLineNumber()), Math.max(0, xml.getLocation().getColumnNumber()));
        }

        /** Where the value of an attribute of the current start tag begins; the tag when it cannot be found. */
        SourceLocation attributeAt(String localName) {
            int value = tagStart >= 0 ? source.attributeValue(tagStart, tagEnd, localName) : -1;
            return value >= 0 ? source.locate(file, value) : here();
        }

        DeclarationValueChecks checks() {
            return checks;
        }

        void addTask(DeclaredTask declared) {
            tasks.add(declared);
        }

        Diagnostics diagnostics() {
            return diagnostics;
        }

        private void reportMalformed(XMLStreamException e) {
            SourceLocation at = e.getLocation() == null ? file
                    : file.at(Math.max(1, e.getLocation().getLineNumber()), Math.max(0, e.getLocation().getColumnNumber()));
            diagnostics.error(at, "malformed XML: " + parserMessage(e), "fix the XML at this position; the file must be well-formed");
        }
    }

    /** Xerces prefixes its message with "ParseError at [row,col]:[r,c]\nMessage: "; the position is reported separately. */
    private static String parserMessage(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }

    /** The attributes of one windows.backgroundTasks extension, collected until its end tag. */
    private static final class TaskUnderConstruction {
        private final String applicationId;
        private final SourceLocation location;
        private final List<String> taskTypes = new ArrayList<>();
        private final Map<String, SourceLocation> valueLocations = new HashMap<>();
        private String entryPoint;
        private String executable;
        private String resourceGroup;
        private String serverName;
        private String startPage;
        private boolean supportsMultipleInstances;

        TaskUnderConstruction(String applicationId, SourceLocation location) {
            this.applicationId = applicationId;
            this.location = location;
        }

        void extensionElement(Pass pass) {
            entryPoint = remember(pass, "EntryPoint", DeclaredTask.ENTRY_POINT);
            executable = remember(pass, "Executable", DeclaredTask.EXECUTABLE);
            startPage = pass.attribute("StartPage");
            resourceGroup = remember(pass, "ResourceGroup", DeclaredTask.RESOURCE_GROUP);
            if (resourceGroup != null) {
                pass.checks().resourceGroup(resourceGroup, pass.attributeAt("ResourceGroup"));
            }
            multipleInstances(pass);
        }

        void backgroundTasksElement(Pass pass) {
            serverName = remember(pass, "ServerName", DeclaredTask.SERVER_NAME);
            if (serverName != null) {
                pass.checks().serverName(serverName, pass.attributeAt("ServerName"));
            }
            multipleInstances(pass);
        }

        private void multipleInstances(Pass pass) {
            if (isTrue(pass.attribute("SupportsMultipleInstances"))) {
                supportsMultipleInstances = true;
                valueLocations.put(DeclaredTask.SUPPORTS_MULTIPLE_INSTANCES, pass.attributeAt("SupportsMultipleInstances"));
            }
        }

        /** The attribute's value, remembering where it is under {@code field}. */
        private String remember(Pass pass, String attribute, String field) {
            String value = pass.attribute(attribute);
            if (value != null) {
                valueLocations.put(field, pass.attributeAt(attribute));
            }
            return value;
        }

        void finish(Pass pass) {
            if (taskTypes.isEmpty()) {
                pass.diagnostics().error(location, "the windows.backgroundTasks extension"
                        + (entryPoint == null ? "" : " for " + entryPoint) + " declares no task type",
                        "add <BackgroundTasks><Task Type=\"systemEvent\"/></BackgroundTasks> with the types the task is registered for");
            }
            pass.addTask(new DeclaredTask(entryPoint, taskTypes, executable, serverName, resourceGroup,
                    supportsMultipleInstances, startPage, applicationId, location, valueLocations));
        }

        /** xs:boolean: "true" or "1". */
        private static boolean isTrue(String value) {
            return value != null && (value.strip().equals("true") || value.strip().equals("1"));
        }
    }
}
