package dev.bgsim.checker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bgsim.pkg.Severity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every guideline rule, as data: read once from {@code rules.json} next to this class. The docs
 * page ({@code docs/checker-rules.md}) is generated from it, so the two cannot drift.
 *
 * <p>Ids: {@code BG1xx} the task's code (run, deferrals, cancellation, limits, UI, memory, crashes),
 * {@code BG2xx} the app and its registrations (launch, access, duplicates, failures, servicing,
 * app triggers), {@code BG3xx} manifest and registration parameters. A rule keeps its id whether
 * it is checked live, statically or both. Immutable; thread-safe.
 */
public final class RuleCatalogue {
    private static final Pattern ID = Pattern.compile("BG[1-3]\\d\\d");
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final RuleCatalogue STANDARD = read("rules.json");

    private final List<Rule> ordered;
    private final Map<String, Rule> byId;
    private final Map<String, Rule> byName;

    private RuleCatalogue(List<Rule> rules) {
        Map<String, Rule> ids = new LinkedHashMap<>();
        Map<String, Rule> names = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (!ID.matcher(r.id()).matches()) {
                throw new IllegalStateException("rule id " + r.id() + " is not BG1xx, BG2xx or BG3xx");
            }
            if (!NAME.matcher(r.name()).matches()) {
                throw new IllegalStateException("rule " + r.id() + ": name \"" + r.name() + "\" is not kebab-case");
            }
            if (ids.put(r.id(), r) != null || names.put(r.name(), r) != null) {
                throw new IllegalStateException("rule " + r.id() + " " + r.name() + " is listed twice");
            }
            if (r.checks().isEmpty()) {
                throw new IllegalStateException("rule " + r.id() + " says nothing under \"detects\"");
            }
        }
        this.byId = Map.copyOf(ids);
        this.byName = Map.copyOf(names);
        this.ordered = List.copyOf(rules);
    }

    /** The catalogue bgsim ships. */
    public static RuleCatalogue standard() {
        return STANDARD;
    }

    /** Every rule, in id order as listed. */
    public List<Rule> all() {
        return ordered;
    }

    /** The rule with this id ({@code BG103}) or name ({@code deferral-never-completed}). */
    public Optional<Rule> find(String idOrName) {
        return Optional.ofNullable(byId.get(idOrName)).or(() -> Optional.ofNullable(byName.get(idOrName)));
    }

    /** The rule with this id or name; a clear error naming the known ids when there is none. */
    public Rule get(String idOrName) {
        return find(idOrName).orElseThrow(() -> new IllegalArgumentException("no checker rule \"" + idOrName
                + "\"; known rules: " + String.join(", ", byId.keySet().stream().sorted().toList())));
    }

    private static RuleCatalogue read(String resource) {
        try (InputStream in = RuleCatalogue.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the rule catalogue resource " + resource + " is missing");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            JsonNode sources = root.required("sources");
            List<Rule> rules = new ArrayList<>();
            for (JsonNode r : root.required("rules")) {
                rules.add(rule(r, sources));
            }
            return new RuleCatalogue(rules);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the rule catalogue " + resource, e);
        }
    }

    private static Rule rule(JsonNode r, JsonNode sources) {
        String id = r.required("id").asText();
        Map<CheckKind, String> detects = new EnumMap<>(CheckKind.class);
        r.required("detects").fields().forEachRemaining(e -> detects.put(CheckKind.ofWord(e.getKey()), e.getValue().asText()));
        List<String> listed = new ArrayList<>();
        r.required("checks").forEach(c -> listed.add(c.asText()));
        if (!listed.equals(detects.keySet().stream().map(CheckKind::word).toList())) {
            throw new IllegalStateException("rule " + id + ": \"checks\" " + listed + " and the keys of \"detects\" differ");
        }
        JsonNode g = r.required("guideline");
        String sourceKey = g.required("source").asText();
        JsonNode source = sources.get(sourceKey);
        if (source == null) {
            throw new IllegalStateException("rule " + id + " cites unknown source \"" + sourceKey + "\"");
        }
        GuidelineRef guideline = new GuidelineRef(source.required("title").asText(), source.required("url").asText(),
                g.required("section").asText(), g.required("anchor").asText(), g.required("quote").asText());
        JsonNode example = r.required("example");
        return new Rule(id, r.required("name").asText(), Severity.valueOf(r.required("severity").asText()),
                r.required("title").asText(), r.required("why").asText(), r.required("instead").asText(), detects,
                r.hasNonNull("pending") ? r.get("pending").asText() : null, guideline,
                lines(example.required("bad")), lines(example.required("fix")));
    }

    private static List<String> lines(JsonNode array) {
        List<String> lines = new ArrayList<>();
        array.forEach(l -> lines.add(l.asText()));
        return lines;
    }
}
