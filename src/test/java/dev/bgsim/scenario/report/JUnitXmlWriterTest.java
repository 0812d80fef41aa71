package dev.bgsim.scenario.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JUnitXmlWriterTest {

    @Test
    void oneSuitePerScenarioAndOneCasePerExpectationWithCountsThatAddUp() throws Exception {
        Document xml = writeAndParse(SampleResults.twoScenarios());

        Element root = xml.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        assertEquals("4", root.getAttribute("tests"));
        assertEquals("1", root.getAttribute("failures"));
        assertEquals("1", root.getAttribute("errors"));

        List<Element> suites = elements(root, "testsuite");
        assertEquals(2, suites.size());
        Element battery = suites.get(0);
        assertEquals("battery saver cancels the sample task", battery.getAttribute("name"));
        assertEquals("3", battery.getAttribute("tests"));
        assertEquals("1", battery.getAttribute("failures"));
        assertEquals("1", battery.getAttribute("errors"));
        assertEquals("1.234", battery.getAttribute("time"));
        assertEquals(3, elements(battery, "testcase").size());
        assertEquals(1, elements(battery, "failure").size());
        assertEquals(1, elements(battery, "error").size());

        Element launch = suites.get(1);
        assertEquals("1", launch.getAttribute("tests"));
        assertEquals("0", launch.getAttribute("failures"));
        assertEquals(List.of("at 1.5s (line 6): app P state RUNNING"),
                elements(launch, "testcase").stream().map(e -> e.getAttribute("name")).toList());
    }

    @Test
    void aFailureCarriesItsMessageWithMarkupEscapedAndUnwritableCharactersSpelledOut() throws Exception {
        Document xml = writeAndParse(SampleResults.twoScenarios());

        Element failure = elements(xml.getDocumentElement(), "failure").get(0);
        Element testcase = (Element) failure.getParentNode();
        assertEquals("at 10s (line 13): localSettings Samples.BackgroundTask \"SampleBackgroundTask\" equals"
                + " \"Canceled with reason: ENERGY_SAVER\"", testcase.getAttribute("name"));
        assertEquals("battery saver cancels the sample task", testcase.getAttribute("classname"));
        assertEquals("ExpectationFailed", failure.getAttribute("type"));
        String spelledOut = SampleResults.AWKWARD_TEXT.replace("\u0007", "\\u0007");
        assertEquals("expected \"Canceled with reason: ENERGY_SAVER\", seen " + spelledOut.replace('\n', ' '),
                failure.getAttribute("message"));
        assertTrue(failure.getTextContent().contains("seen:     <tag> & \"quotes\" ]]> bell\\u0007 rocket\uD83D\uDE80"),
                failure.getTextContent());
        assertTrue(failure.getTextContent().contains("3.000s CancelRequested SampleBackgroundTask#1 ENERGY_SAVER"));
        assertTrue(failure.getTextContent().startsWith("at " + SampleResults.BATTERY_FILE + ":13:5"));

        Element error = elements(xml.getDocumentElement(), "error").get(0);
        assertEquals("ActionFailed", error.getAttribute("type"));
        assertEquals("expected a registration named Missing, seen no registration named Missing",
                error.getAttribute("message"));
    }

    @Test
    void eachSuiteCarriesTheScenarioConsoleLinesAsSystemOut() throws Exception {
        Document xml = writeAndParse(SampleResults.twoScenarios());

        Element launch = elements(xml.getDocumentElement(), "testsuite").get(1);
        String out = elements(launch, "system-out").get(0).getTextContent();
        assertEquals(new ConsoleReport().scenarioLines(SampleResults.launchOnly()), out.lines().toList());
    }

    @Test
    void writesAFileThatParses(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("junit/TEST-bgsim.xml");

        new JUnitXmlWriter().write(SampleResults.twoScenarios(), file);

        Document xml = parse(Files.readAllBytes(file));
        assertEquals(2, elements(xml.getDocumentElement(), "testsuite").size());
    }

    private static Document writeAndParse(RunSummary summary) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new JUnitXmlWriter().write(summary, bytes);
        return parse(bytes.toByteArray());
    }

    private static Document parse(byte[] bytes) throws ParserConfigurationException, IOException, SAXException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
