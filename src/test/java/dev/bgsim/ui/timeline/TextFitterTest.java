package dev.bgsim.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.text.Font;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

@ExtendWith(ApplicationExtension.class)
class TextFitterTest {
    private final TextFitter fitter = new TextFitter();

    @Test
    void aLabelThatFitsIsKeptAndOneThatDoesNotIsShortenedWithAnEllipsis() {
        fitter.setFont(Font.font(12));
        String label = "PushHandler · Push notification";
        double full = fitter.width(label);
        assertEquals(label, fitter.fit(label, full + 1));
        String shortened = fitter.fit(label, full / 2);
        assertTrue(shortened.endsWith("…") && fitter.width(shortened) <= full / 2, shortened);
    }

    @Test
    void noRoomGivesNothing() {
        fitter.setFont(Font.font(12));
        assertEquals("", fitter.fit("Running", -3));
        assertEquals("", fitter.fit("Running", 0));
        assertEquals("", fitter.fit("Running", 2));
    }
}
