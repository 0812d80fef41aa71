package dev.bgsim.scenario.report;

import dev.bgsim.scenario.DurationText;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The JUnit XML report of {@code bgsim run --junit FILE.xml}, in the shape CI servers read
 * (Ant's junitreport): one {@code testsuite} per scenario, one {@code testcase} per
 * expectation with a {@code failure} when it did not hold, and an action that could not be
 * carried out as a {@code testcase} with an {@code error}. The scenario's console lines go to
 * the suite's {@code system-out}.
 */
public final class JUnitXmlWriter {

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();
    private final ConsoleReport console = new ConsoleReport();

    /** Writes the report to {@code file} atomically. */
    public void write(RunSummary summary, Path file) throws IOException {
        AtomicFileWriter.write(file, out -> write(summary, out));
    }

    /** Writes the report, UTF-8, to {@code out} (left open). */
    public void write(RunSummary summary, OutputStream out) throws IOException {
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "bgsim");
            xml.writeAttribute("tests", Integer.toString(summary.scenarios().stream().mapToInt(JUnitXmlWriter::testCount).sum()));
            xml.writeAttribute("failures", Integer.toString(summary.scenarios().stream().mapToInt(JUnitXmlWriter::failureCount).sum()));
            xml.writeAttribute("errors", Integer.toString(summary.scenarios().stream().mapToInt(JUnitXmlWriter::errorCount).sum()));
            xml.writeCharacters("\n");
            for (ScenarioResult result : summary.scenarios()) {
                writeSuite(xml, result);
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("writing the JUnit XML report failed: " + e.getMessage(), e);
        }
    }

    private void writeSuite(XMLStreamWriter xml, ScenarioResult result) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", XmlText.clean(result.name()));
        xml.writeAttribute("tests", Integer.toString(testCount(result)));
        xml.writeAttribute("failures", Integer.toString(failureCount(result)));
        xml.writeAttribute("errors", Integer.toString(errorCount(result)));
        xml.writeAttribute("skipped", "0");
        xml.writeAttribute("time", seconds(result.wallTime().toMillis()));
        xml.writeAttribute("file", XmlText.clean(result.source().toString()));
        xml.writeCharacters("\n");
        for (StepOutcome outcome : result.outcomes()) {
            if (outcome.isExpectation() || outcome.verdict() == Verdict.FAILED) {
                writeCase(xml, result, outcome);
            }
        }
        xml.writeCharacters("    ");
        xml.writeStartElement("system-out");
        xml.writeCharacters(XmlText.clean(String.join("\n", console.scenarioLines(result))));
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void writeCase(XMLStreamWriter xml, ScenarioResult result, StepOutcome outcome)
            throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("name", XmlText.clean(caseName(outcome)));
        xml.writeAttribute("classname", XmlText.clean(result.name()));
        xml.writeAttribute("time", "0");
        if (outcome.verdict() == Verdict.FAILED) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement(outcome.isExpectation() ? "failure" : "error");
            xml.writeAttribute("message", XmlText.clean(oneLine(outcome)));
            xml.writeAttribute("type", outcome.isExpectation() ? "ExpectationFailed" : "ActionFailed");
            xml.writeCharacters(XmlText.clean("at " + outcome.step().location() + "\n" + outcome.message()));
            xml.writeEndElement();
            xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** {@code at 4s (line 11): instance X#1 state CANCELED}: unique and readable in a CI table. */
    private static String caseName(StepOutcome outcome) {
        return "at " + DurationText.format(outcome.step().at())
                + " (line " + outcome.step().location().line() + "): " + outcome.step().describe();
    }

    /** Attribute values lose their line breaks when read back, so the message is one line. */
    private static String oneLine(StepOutcome outcome) {
        List<String> parts = new ArrayList<>();
        if (!outcome.expected().isEmpty()) {
            parts.add("expected " + outcome.expected());
        }
        if (!outcome.seen().isEmpty()) {
            parts.add("seen " + outcome.seen());
        }
        return String.join(", ", parts).replace('\n', ' ').replace('\r', ' ');
    }

    private static int testCount(ScenarioResult result) {
        return (int) result.outcomes().stream().filter(o -> o.isExpectation() || o.verdict() == Verdict.FAILED).count();
    }

    private static int failureCount(ScenarioResult result) {
        return (int) result.outcomes().stream().filter(o -> o.isExpectation() && o.verdict() == Verdict.FAILED).count();
    }

    private static int errorCount(ScenarioResult result) {
        return (int) result.outcomes().stream().filter(o -> !o.isExpectation() && o.verdict() == Verdict.FAILED).count();
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%d.%03d", millis / 1000, millis % 1000);
    }
}
