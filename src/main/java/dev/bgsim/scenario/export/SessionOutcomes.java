package dev.bgsim.scenario.export;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.Events;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a recorded session ended with, as expectations at one time: every instance's final state
 * (and its cancellation reason), how many instances each registration started, and each app's
 * final state. Running the exported scenario passes when the session replays the same way.
 */
final class SessionOutcomes {
    private static final Set<String> EXPECTABLE_APP_STATES = Set.of("NOT_RUNNING", "RUNNING", "RUNNING_IN_BACKGROUND",
            "SUSPENDED", "TERMINATED");

    private final List<String> notes = new ArrayList<>();

    /** The expectations, all at {@code at}. */
    List<ExportStep> expectations(List<EngineEvent> events, Duration at) {
        List<InstanceSpan> spans = InstanceSpans.of(events);
        Set<String> ambiguous = ambiguousNames(spans);
        Set<String> inSeveralPackages = namesInSeveralPackages(spans);
        List<ExportStep> out = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (InstanceSpan span : spans) {
            String key = span.packageName() + "/" + span.registrationName();
            counts.merge(key, 1, Integer::sum);
            if (ambiguous.contains(key)) {
                continue;
            }
            ObjectNode expect = registration(span.registrationName(), span.packageName(), inSeveralPackages);
            expect.put("instance", span.number()).put("state", span.state());
            if (span.reason() != null) {
                expect.put("reason", span.reason());
            }
            out.add(expectation(at, expect));
        }
        ambiguous.forEach(key -> notes.add("registration " + key + " has more than one registration of that name with "
                + "instances; their states are not expected (a scenario names instances by registration name)"));
        counts.forEach((key, n) -> {
            String[] parts = key.split("/", 2);
            out.add(expectation(at, registration(parts[1], parts[0], inSeveralPackages).put("count", n)));
        });
        appStates(events).forEach((pkg, state) -> {
            if (EXPECTABLE_APP_STATES.contains(state)) {
                out.add(expectation(at, JsonNodeFactory.instance.objectNode().put("app", pkg).put("state", state)));
            } else {
                notes.add("app " + pkg + " ended " + state + ", which a scenario cannot expect; not checked");
            }
        });
        return out;
    }

    List<String> notes() {
        return notes;
    }

    private static ObjectNode registration(String name, String pkg, Set<String> inSeveralPackages) {
        ObjectNode n = JsonNodeFactory.instance.objectNode().put("registration", name);
        if (inSeveralPackages.contains(name)) {
            n.put("package", pkg);
        }
        return n;
    }

    private static ExportStep expectation(Duration at, ObjectNode expect) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        fields.set("expect", expect);
        return new ExportStep(at, fields);
    }

    /** Package/name keys under which instances of more than one registration started. */
    private static Set<String> ambiguousNames(List<InstanceSpan> spans) {
        Map<String, Set<UUID>> ids = new HashMap<>();
        for (InstanceSpan s : spans) {
            ids.computeIfAbsent(s.packageName() + "/" + s.registrationName(), k -> new HashSet<>()).add(s.registrationId());
        }
        Set<String> out = new HashSet<>();
        ids.forEach((k, v) -> {
            if (v.size() > 1) {
                out.add(k);
            }
        });
        return out;
    }

    private static Set<String> namesInSeveralPackages(List<InstanceSpan> spans) {
        Map<String, Set<String>> packages = new HashMap<>();
        spans.forEach(s -> packages.computeIfAbsent(s.registrationName(), k -> new HashSet<>()).add(s.packageName()));
        Set<String> out = new HashSet<>();
        packages.forEach((name, pkgs) -> {
            if (pkgs.size() > 1) {
                out.add(name);
            }
        });
        return out;
    }

    private static Map<String, String> appStates(List<EngineEvent> events) {
        Map<String, String> states = new LinkedHashMap<>();
        for (EngineEvent e : events) {
            if (e.payload() instanceof Events.AppStateChanged a) {
                states.put(e.subjects().packageName(), a.to());
            }
        }
        return states;
    }
}
