package dev.bgsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bgsim.pkg.ApplicationDeclaration;
import dev.bgsim.pkg.BgsimPackage;
import dev.bgsim.pkg.DeclaredTask;
import dev.bgsim.pkg.Diagnostic;
import dev.bgsim.pkg.HostPlacement;
import dev.bgsim.pkg.PackageLoadResult;
import dev.bgsim.pkg.RegistrationSpec;
import dev.bgsim.pkg.SourceLocation;
import dev.bgsim.pkg.UpdateTaskDeclaration;

import java.nio.file.Path;

/**
 * The JSON of {@code bgsim inspect --json}: the same facts as the text, one document. Written
 * field by field (not by serialising the model) so the format stays stable when the model
 * changes.
 */
final class PackageReportJson {
    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    String write(PackageLoadResult result) {
        ObjectNode root = mapper.createObjectNode();
        root.put("loaded", result.isLoaded());
        result.loadedPackage().ifPresent(pkg -> packageFields(root, pkg));
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : result.diagnostics()) {
            ObjectNode node = diagnostics.addObject();
            node.put("severity", d.severity().label());
            node.put("rule", d.ruleId());
            location(node, d.location());
            node.put("message", d.message());
            node.put("hint", d.hint());
            node.put("text", d.format());
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the inspect report as JSON", e);
        }
    }

    private void packageFields(ObjectNode root, BgsimPackage pkg) {
        ObjectNode identity = root.putObject("identity");
        identity.put("name", pkg.name());
        identity.put("version", pkg.identity().version().toString());
        identity.put("displayName", pkg.identity().displayName());
        identity.put("publisher", pkg.identity().publisher());

        ObjectNode source = root.putObject("source");
        source.put("form", pkg.source().form().name());
        source.put("path", pkg.source().path().toString());
        source.put("manifest", pkg.source().manifest().toString());
        ArrayNode code = source.putArray("code");
        pkg.source().codeJars().stream().map(Path::toString).forEach(code::add);
        source.put("codeOrigin", pkg.source().codeOrigin().name());

        ArrayNode apps = root.putArray("applications");
        for (ApplicationDeclaration app : pkg.applications()) {
            ObjectNode node = apps.addObject();
            node.put("id", app.id());
            node.put("entryPoint", app.entryPoint());
            node.put("location", app.location().toString());
        }
        ArrayNode capabilities = root.putArray("capabilities");
        pkg.capabilities().forEach(capabilities::add);
        ArrayNode tasks = root.putArray("backgroundTasks");
        pkg.tasks().forEach(task -> task(tasks.addObject(), task));
        ArrayNode updates = root.putArray("updateTasks");
        for (UpdateTaskDeclaration update : pkg.updateTasks()) {
            ObjectNode node = updates.addObject();
            node.put("entryPoint", update.entryPoint());
            node.put("applicationId", update.applicationId());
            node.put("location", update.location().toString());
        }
        ArrayNode registrations = root.putArray("registrations");
        pkg.registrations().forEach(r -> registration(registrations.addObject(), r, pkg));
    }

    private void task(ObjectNode node, DeclaredTask task) {
        node.put("entryPoint", task.entryPoint());
        ArrayNode types = node.putArray("taskTypes");
        task.taskTypes().forEach(types::add);
        placement(node.putObject("host"), task.hostPlacement());
        node.put("executable", task.executable());
        node.put("serverName", task.serverName());
        node.put("resourceGroup", task.resourceGroup());
        node.put("supportsMultipleInstances", task.supportsMultipleInstances());
        node.put("startPage", task.startPage());
        node.put("applicationId", task.applicationId());
        node.put("location", task.location().toString());
    }

    private void registration(ObjectNode node, RegistrationSpec r, BgsimPackage pkg) {
        node.put("name", r.name());
        node.put("entryPoint", r.entryPoint());
        ObjectNode trigger = node.putObject("trigger");
        trigger.put("type", r.trigger().kind().jsonName());
        r.trigger().parameters().forEach((key, value) -> trigger.set(key, mapper.valueToTree(value)));
        trigger.put("description", r.trigger().describe());
        ArrayNode conditions = node.putArray("conditions");
        r.conditions().forEach(c -> conditions.add(c.name()));
        node.put("cancelOnConditionLoss", r.cancelOnConditionLoss());
        node.put("networkRequested", r.networkRequested());
        if (r.group() == null) {
            node.putNull("group");
        } else {
            node.putObject("group").put("id", r.group().id()).put("name", r.group().name());
        }
        placement(node.putObject("host"), pkg.placementOf(r));
        node.put("location", r.location().toString());
    }

    private static void placement(ObjectNode node, HostPlacement placement) {
        node.put("kind", placement.kind().name());
        node.put("resourceGroup", placement.resourceGroup());
        node.put("description", placement.describe());
    }

    private static void location(ObjectNode node, SourceLocation at) {
        node.put("file", at.file());
        node.put("jarEntry", at.jarEntry());
        node.put("line", at.line());
        node.put("column", at.column());
    }
}
