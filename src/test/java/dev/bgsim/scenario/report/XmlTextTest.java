package dev.bgsim.scenario.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class XmlTextTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            plain text             | plain text              | text XML can hold is kept as it is
            'a\tb'                 | 'a\tb'                  | tab is kept
            'a\u0001b'             | 'a\\u0001b'             | start-of-heading is spelled out
            'bell\u0007'           | 'bell\\u0007'           | a control character is spelled out
            'x\uFFFEy'             | 'x\\ufffey'             | a non-character is spelled out
            'rocket \uD83D\uDE80'  | 'rocket \uD83D\uDE80'   | a surrogate pair is kept
            'lone \uD83D end'      | 'lone \\ud83d end'      | a lone high surrogate is spelled out
            'lone \uDE80'          | 'lone \\ude80'          | a lone low surrogate is spelled out
            """)
    void keepsWhatXmlCanHoldAndSpellsOutTheRest(String text, String expected, String rule) {
        assertEquals(expected, XmlText.clean(text), rule);
    }
}
