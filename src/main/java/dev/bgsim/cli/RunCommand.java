package dev.bgsim.cli;

import dev.bgsim.scenario.Scenario;
import dev.bgsim.scenario.ScenarioException;
import dev.bgsim.scenario.parse.ScenarioParser;
import dev.bgsim.scenario.report.ConsoleReport;
import dev.bgsim.scenario.report.JUnitXmlWriter;
import dev.bgsim.scenario.report.JsonReportWriter;
import dev.bgsim.scenario.report.RunSummary;
import dev.bgsim.scenario.report.ScenarioResult;
import dev.bgsim.scenario.report.StepOutcome;
import dev.bgsim.scenario.record.RecordingWriter;
import dev.bgsim.scenario.record.ScenarioRecorder;
import dev.bgsim.scenario.run.RunListener;
import dev.bgsim.scenario.run.RunOptions;
import dev.bgsim.scenario.run.ScenarioRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bgsim run SCENARIO...} (SPEC 6.3): checks every scenario file first (nothing runs if one
 * is invalid), runs them headless one after another printing each step as it runs, then prints
 * {@code N passed, N failed} as the last line. Exit 0 when everything held, 1 when a step failed,
 * 2 on bad input. Never touches JavaFX.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = {"Runs scenario files headless and checks their expectations.",
                "Prints each step and its outcome, then 'N passed, N failed'.",
                "Exit status: 0 every expectation held, 1 a step failed, 2 bad input (nothing runs)."})
final class RunCommand implements Callable<Integer> {
    /** Exit status when every expectation held. */
    static final int EXIT_HELD = 0;
    /** Exit status when an expectation failed or an action could not be carried out. */
    static final int EXIT_FAILED = 1;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files (JSON, SPEC 6.2).")
    private List<Path> scenarioFiles;

    @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the results as JSON.")
    private Path report;

    @Option(names = "--junit", paramLabel = "FILE.xml", description = "Also write the results as JUnit XML (one test case per expectation).")
    private Path junit;

    @Option(names = "--record", paramLabel = "FILE.jsonl",
            description = "Record every event as JSON Lines, flushed as it goes (one session per scenario; "
                    + "'bgsim export' turns it into a trace, CSV or scenario).")
    private Path record;

    @Option(names = "--debug-hosts", paramLabel = "MODE", arity = "0..1", fallbackValue = "on",
            description = "Start every task host with a Java debugger port on 127.0.0.1 (SPEC 3.7): on, wait (the host"
                    + " waits for the debugger), either with ,enforce to keep time limits (off while debugging otherwise)."
                    + " The port of each host is printed (run) or shown in the host list (gui).")
    private String debugHosts;
    @Option(names = "--trace", paramLabel = "FILE.json",
            description = "Also write the run as a Chrome trace (open it in ui.perfetto.dev); with several scenarios, "
                    + "one file each: FILE-1.json, FILE-2.json, ... in scenario order.")
    private Path trace;

    @Option(names = "--workspace", paramLabel = "DIR", description = "Run in this workspace folder instead of a fresh temporary one.")
    private Path workspace;

    private final RunOptions baseOptions;

    /** A run command whose engine reads the package files (SPEC 2). */
    RunCommand() {
        this(RunOptions.standard());
    }

    /** A run command with its own options (tests open packages built in code). */
    RunCommand(RunOptions baseOptions) {
        this.baseOptions = baseOptions;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Scenario> scenarios = parseAll(err);
        if (scenarios == null) {
            return BgsimCommand.EXIT_BAD_INPUT;
        }
        RunOptions options = baseOptions;
        if (workspace != null) {
            options = options.withWorkspace(workspace);
        }
        if (debugHosts != null) {
            try {
                dev.bgsim.engine.host.ChildHosts.Debugging.fromProperty(debugHosts);
            } catch (IllegalArgumentException e) {
                err.println("bgsim run: --debug-hosts " + debugHosts + " is not a mode: write on, wait, on,enforce or wait,enforce");
                err.flush();
                return BgsimCommand.EXIT_BAD_INPUT;
            }
            System.setProperty(dev.bgsim.engine.host.ChildHosts.DEBUG_PROPERTY, debugHosts);
            options = options.withSubscriber(new dev.bgsim.engine.host.DebugPortPrinter(err));
        }
        ScenarioRunner checkRunner = new ScenarioRunner(options);
        List<String> problems = scenarios.stream().flatMap(s -> checkRunner.problems(s).stream()).toList();
        if (!problems.isEmpty()) {
            problems.forEach(err::println);
            err.println("bgsim run: nothing was run; fix the problems above");
            err.flush();
            return BgsimCommand.EXIT_BAD_INPUT;
        }
        // Packages built in code (tests) run their tasks in bgsim's JVM; packages read from files in child JVMs.
        Path recordTo;
        try {
            // A trace is made from the recording: without --record, one is kept in a temporary file.
            recordTo = record != null ? record : trace != null ? Files.createTempFile("bgsim-run-", ".jsonl") : null;
        } catch (IOException e) {
            err.println("bgsim run: cannot create a temporary recording for --trace: " + e.getMessage());
            err.flush();
            return BgsimCommand.EXIT_BAD_INPUT;
        }
        RunSummary summary;
        boolean written;
        try (RunExitGuard guard = new RunExitGuard(err, baseOptions.packages().isPresent());
             RecordingWriter recorder = recordTo == null ? null : RecordingWriter.create(recordTo)) {
            RunListener recording = RunListener.NONE;
            if (recorder != null) {
                options = options.withSubscriber(recorder);
                recording = new ScenarioRecorder(recorder);
            }
            summary = runAll(scenarios, new ScenarioRunner(options), out, err, guard, recording);
            written = writeReports(summary, err) & recordingComplete(recorder, err);
        } catch (IOException e) {
            err.println("bgsim run: cannot write the recording " + recordTo + ": " + e.getMessage()
                    + "; give a --record path in a writable folder");
            err.flush();
            return BgsimCommand.EXIT_BAD_INPUT;
        }
        if (trace != null) {
            // The recording is closed (complete) by now; the traces are made from it.
            written &= new RunTraces(trace, recordTo, record == null).write(out, err);
        }
        out.println(scenarioTally(summary));
        out.println(summary.summaryLine());
        out.flush();
        if (!written) {
            return BgsimCommand.EXIT_BAD_INPUT;
        }
        return summary.allHeld() ? EXIT_HELD : EXIT_FAILED;
    }

    /** How many scenarios held: the summary line counts expectations, this line counts files. */
    private static String scenarioTally(RunSummary summary) {
        long held = summary.scenarios().stream().filter(r -> r.held()).count();
        int all = summary.scenarios().size();
        return "scenarios: " + held + " of " + all + " held" + (held == all ? "" : ", " + (all - held) + " failed");
    }

    /** Every scenario, or null (errors printed) when any file is invalid. */
    private List<Scenario> parseAll(PrintWriter err) {
        ScenarioParser parser = new ScenarioParser();
        List<Scenario> scenarios = new ArrayList<>();
        int invalid = 0;
        for (Path file : scenarioFiles) {
            try {
                scenarios.add(parser.parse(file));
            } catch (ScenarioException e) {
                invalid++;
                e.errors().forEach(err::println);
            }
        }
        if (invalid > 0) {
            err.println("bgsim run: " + invalid + (invalid == 1 ? " scenario file is" : " scenario files are")
                    + " invalid; nothing was run");
            err.flush();
            return null;
        }
        return scenarios;
    }

    private static RunSummary runAll(List<Scenario> scenarios, ScenarioRunner runner, PrintWriter out, PrintWriter err,
                                     RunExitGuard guard, RunListener recording) {
        ConsoleReport console = new ConsoleReport();
        RunListener printer = new RunListener() {
            @Override
            public void scenarioStarted(Scenario scenario) {
                guard.running("scenario " + scenario.source());
                out.println(console.header(scenario.name(), scenario.source()));
                out.flush();
            }

            @Override
            public void stepFinished(StepOutcome outcome) {
                guard.running("after the step at " + outcome.step().location());
                console.outcomeLines(outcome).forEach(out::println);
                out.flush();
            }

            @Override
            public void engineErrors(Scenario scenario, List<Throwable> errors) {
                errors.forEach(e -> err.println("bgsim run: internal engine error in " + scenario.source() + ": " + e));
                err.flush();
            }

            @Override
            public void scenarioFinished(ScenarioResult result) {
                console.footerLines(result).forEach(out::println);
                out.flush();
            }
        };
        List<ScenarioResult> results = new ArrayList<>();
        RunListener listener = recording.andThen(printer);
        for (Scenario scenario : scenarios) {
            results.add(runner.run(scenario, listener));
        }
        return new RunSummary(results);
    }

    private boolean writeReports(RunSummary summary, PrintWriter err) {
        boolean ok = true;
        if (report != null) {
            try {
                new JsonReportWriter().write(summary, report);
            } catch (IOException e) {
                err.println("bgsim run: cannot write the report " + report + ": " + e.getMessage());
                ok = false;
            }
        }
        if (junit != null) {
            try {
                new JUnitXmlWriter().write(summary, junit);
            } catch (IOException e) {
                err.println("bgsim run: cannot write the JUnit report " + junit + ": " + e.getMessage());
                ok = false;
            }
        }
        err.flush();
        return ok;
    }

    private boolean recordingComplete(RecordingWriter recorder, PrintWriter err) {
        Optional<IOException> failure = recorder == null ? Optional.empty() : recorder.failure();
        failure.ifPresent(e -> err.println("bgsim run: the recording " + record + " stopped early: " + e.getMessage()));
        err.flush();
        return failure.isEmpty();
    }
}
