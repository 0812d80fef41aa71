package dev.bgsim.checker.live;

import dev.bgsim.checker.Finding;
import dev.bgsim.checker.GuidelineChecker;
import dev.bgsim.engine.event.EngineEvent;
import dev.bgsim.engine.event.EventPayload;
import dev.bgsim.engine.event.Subjects;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Writes an event stream by hand for rule tests: events in order with rising sequence numbers,
 * at a simulated time moved on with {@link #after}. Instance and registration ids are derived from
 * names, so the same name is the same subject.
 */
final class EventScript {
    static final String PKG = "Pkg";
    private static final Instant T0 = Instant.parse("2026-01-01T08:00:00Z");
    private final List<EngineEvent> events = new ArrayList<>();
    private Instant now = T0;

    EventScript after(Duration d) {
        now = now.plus(d);
        return this;
    }

    EventScript pkg(EventPayload payload) {
        return add(Subjects.ofPackage(PKG), payload);
    }

    EventScript registration(String name, EventPayload payload) {
        return add(registrationSubjects(name), payload);
    }

    EventScript instance(String name, int number, EventPayload payload) {
        return add(instanceSubjects(name, number), payload);
    }

    EventScript host(String host, EventPayload payload) {
        return add(new Subjects(PKG, null, null, null, 0, host), payload);
    }

    EventScript add(Subjects subjects, EventPayload payload) {
        events.add(new EngineEvent(events.size() + 1, now, now, subjects, payload));
        return this;
    }

    static Subjects registrationSubjects(String name) {
        return new Subjects(PKG, id("reg:" + name), name, null, 0, null);
    }

    static Subjects instanceSubjects(String name, int number) {
        return new Subjects(PKG, id("reg:" + name), name, id("inst:" + name + "#" + number), number, "host-1");
    }

    private static UUID id(String text) {
        return UUID.nameUUIDFromBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    List<EngineEvent> events() {
        return List.copyOf(events);
    }

    /** The findings the standard checker raises on this stream. */
    List<Finding> findings() {
        return GuidelineChecker.check(events);
    }

    /** Just the rule ids, in order. */
    List<String> ruleIds() {
        return findings().stream().map(Finding::ruleId).toList();
    }
}
