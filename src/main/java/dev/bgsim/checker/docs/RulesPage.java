package dev.bgsim.checker.docs;

import dev.bgsim.checker.CheckKind;
import dev.bgsim.checker.Rule;
import dev.bgsim.checker.RuleCatalogue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes {@code docs/checker-rules.md} from the rule catalogue, so the page cannot drift from the
 * rules (a test fails when the committed page differs from what this produces).
 *
 * <pre>java -cp target/classes:... dev.bgsim.checker.docs.RulesPage docs/checker-rules.md</pre>
 * or {@code ./mvnw -o test -Dtest=RulesPageTest -Dbgsim.docs.write=true}.
 */
public final class RulesPage {
    /** Where the page lives in the repository. */
    public static final Path PAGE = Path.of("docs", "checker-rules.md");

    private final RuleCatalogue catalogue;

    public RulesPage(RuleCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Writes the page to the path given (default {@code docs/checker-rules.md}). */
    public static void main(String[] args) throws IOException {
        Path target = args.length > 0 ? Path.of(args[0]) : PAGE;
        Files.writeString(target, new RulesPage(RuleCatalogue.standard()).render(), StandardCharsets.UTF_8);
    }

    /** The whole page, Markdown. */
    public String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Guideline checker rules\n\n")
                .append("<!-- Generated from src/main/resources/dev/bgsim/checker/rules.json by dev.bgsim.checker.docs.RulesPage.\n")
                .append("     Do not edit: change rules.json, then run ./mvnw -o test -Dtest=RulesPageTest -Dbgsim.docs.write=true -->\n\n")
                .append(INTRO)
                .append("| id | name | severity | checked | rule |\n|---|---|---|---|---|\n");
        for (Rule r : catalogue.all()) {
            md.append("| [").append(r.id()).append("](#").append(r.id().toLowerCase(Locale.ROOT)).append(") | `").append(r.name())
                    .append("` | ").append(r.severity().label()).append(" | ").append(checks(r))
                    .append(r.pendingWork().isPresent() ? " (pending)" : "").append(" | ").append(r.title()).append(" |\n");
        }
        for (Rule r : catalogue.all()) {
            rule(md, r);
        }
        return md.toString();
    }

    private static final String INTRO = """
            Every rule of the [guidelines for background tasks](https://learn.microsoft.com/en-us/windows/uwp/launch-resume/guidelines-for-background-tasks)
            that can be seen from outside the task is a rule here (SPEC section 4). Each has a stable id and a name; either
            can be used wherever a rule is named, e.g. in a scenario expectation `{"finding": "BG103", "present": true}` or
            `{"finding": "deferral-never-completed"}`.

            - **BG1xx**: the task's code (run, deferrals, cancellation, time and memory limits, UI, crashes).
            - **BG2xx**: the app and its registrations (launch, access, duplicates, failures, servicing, app triggers).
            - **BG3xx**: manifest and registration parameters (declared task types, entry points, freshness, conditions).

            Where a rule is checked:

            - **live**: on the engine's event stream while tasks run: the GUI's findings, `bgsim run` reports,
              scenario expectations and `EngineChecker` in tests. A finding names the rule, the instance or registration,
              the simulated time and the specifics.
            - **static**: by `bgsim lint PACKAGE... [--code JAR] [--profile P] [--json]` on the manifest, its registrations
              and a constant-pool scan of the task classes; one line per problem, `file:line:col: severity RULE: message; hint`;
              exit 1 when any error.
            - **load**: by the package loader itself; lint and the GUI show it with the rule's id.

            The severity is the default; a refused registration is always an error, and `--profile strict` makes BG301 one.

            """;

    private static void rule(StringBuilder md, Rule r) {
        md.append("\n## ").append(r.id()).append("\n\n")
                .append("**").append(r.title()).append("** · `").append(r.name()).append("` · ").append(r.severity().label())
                .append(" · checked: ").append(checks(r)).append("\n\n")
                .append("**Why it matters.** ").append(r.why()).append("\n\n")
                .append("**Do instead.** ").append(r.instead()).append("\n\n")
                .append("**How bgsim sees it.**\n");
        for (CheckKind kind : CheckKind.values()) {
            if (r.isCheckedBy(kind)) {
                md.append("- ").append(kind.word()).append(": ").append(r.detects().get(kind)).append('\n');
            }
        }
        r.pendingWork().ifPresent(p -> md.append("- pending: ").append(p).append('\n'));
        md.append("\n**Guideline** ([").append(r.guideline().section()).append("](").append(r.guideline().link()).append(")):\n\n")
                .append("> ").append(r.guideline().quote()).append("\n\n")
                .append("Triggers it:\n\n").append(code(r.bad()))
                .append("\nThe fix:\n\n").append(code(r.fix()));
    }

    private static String checks(Rule r) {
        return r.checks().stream().sorted().map(CheckKind::word).collect(Collectors.joining(", "));
    }

    private static String code(List<String> lines) {
        String first = lines.get(0).strip();
        String language = first.startsWith("{") || first.startsWith("\"") ? "json" : "java";
        return "```" + language + "\n" + String.join("\n", lines) + "\n```\n";
    }
}
