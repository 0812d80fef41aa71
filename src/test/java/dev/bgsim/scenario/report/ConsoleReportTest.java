package dev.bgsim.scenario.report;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConsoleReportTest {

    private final ConsoleReport console = new ConsoleReport();

    @Test
    void printsEachStepWithItsOutcomeAndTheSummaryAsTheLastLine() {
        StringWriter text = new StringWriter();

        console.write(SampleResults.twoScenarios(), new PrintWriter(text));

        String battery = Path.of("scenarios", "battery-saver.json").toString();
        String launch = Path.of("scenarios", "launch.json").toString();
        assertEquals(List.of(
                "scenario \"battery saver cancels the sample task\" (" + battery + ")",
                "  0s     do    launch Samples.BackgroundTask: app RUNNING",
                "  1s     FAIL  fire Missing",
                "               at " + battery + ":9:5",
                "               expected: a registration named Missing",
                "               seen:     no registration named Missing",
                "               recent events:",
                "                 0.000s AppStateChanged Samples.BackgroundTask RUNNING",
                "  4s     PASS  instance SampleBackgroundTask#1 state CANCELED, reason ENERGY_SAVER",
                "  10s    FAIL  localSettings Samples.BackgroundTask \"SampleBackgroundTask\" equals"
                        + " \"Canceled with reason: ENERGY_SAVER\"",
                "               at " + battery + ":13:5",
                "               expected: \"Canceled with reason: ENERGY_SAVER\"",
                "               seen:     <tag> & \"quotes\" ]]> bell\u0007 rocket\uD83D\uDE80",
                "                         second line",
                "               recent events:",
                "                 3.000s DeviceStateChanged batterySaver=on",
                "                 3.000s CancelRequested SampleBackgroundTask#1 ENERGY_SAVER",
                "  findings:",
                "    warning BG101 SampleBackgroundTask#1 at 3s: the task added no canceled listener"
                        + " before starting work",
                "  result: FAILED, 2 of 2 expectations and 1 action failed",
                "scenario \"launch\" (" + launch + ")",
                "  0s     do    launch P",
                "  1.5s   PASS  app P state RUNNING",
                "  result: held, 1 of 1 expectations passed",
                "2 passed, 2 failed"), text.toString().lines().toList());
    }

    @Test
    void theLastLineIsTheSummaryEvenWhenNothingRan() {
        StringWriter text = new StringWriter();
        console.write(new RunSummary(List.of()), new PrintWriter(text));
        assertEquals(List.of("0 passed, 0 failed"), text.toString().lines().toList());
    }
}
