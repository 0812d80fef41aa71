package dev.bgsim.scenario.export;

import java.util.List;

/** RFC 4180 records: fields separated by commas, quoted when they hold a comma, quote, CR or LF (quotes doubled), CRLF after each record. */
final class CsvText {
    private CsvText() {
    }

    /** One record, with its CRLF. */
    static String record(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(fields.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    /** One field, quoted if it must be. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
