package dev.bgsim.ui.appstate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bgsim.ui.appstate.ButtonRows.Press;
import dev.bgsim.ui.appstate.ButtonRows.Row;
import java.util.List;
import org.junit.jupiter.api.Test;

class ButtonRowsTest {

    @Test
    void commandsSharingASubjectShareARowAndTheRestStandAlone() {
        List<Row> rows = ButtonRows.of(List.of("Register A", "Unregister A", "Signal", "Register B", "Unregister B",
                "Unregister Ungrouped Tasks", "Reset"));
        assertEquals(List.of(
                new Row("A", List.of(new Press("Register", "Register A"), new Press("Unregister", "Unregister A"))),
                new Row(null, List.of(new Press("Signal", "Signal"))),
                new Row("B", List.of(new Press("Register", "Register B"), new Press("Unregister", "Unregister B"))),
                new Row(null, List.of(new Press("Unregister Ungrouped Tasks", "Unregister Ungrouped Tasks"))),
                new Row(null, List.of(new Press("Reset", "Reset")))), rows);
    }

    @Test
    void aRowKeepsTheOrderOfItsFirstCommandEvenWhenItsOthersComeLater() {
        List<Row> rows = ButtonRows.of(List.of("Start X", "Sync", "Stop X"));
        assertEquals(List.of(
                new Row("X", List.of(new Press("Start", "Start X"), new Press("Stop", "Stop X"))),
                new Row(null, List.of(new Press("Sync", "Sync")))), rows);
    }
}
