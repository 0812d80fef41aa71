package dev.bgsim.ui.timeline;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;

/**
 * The whole of a timeline model drawn once, off screen, as an image (for "export as PNG"): every
 * lane at its full height, the time axis fitted to everything from the start to {@code now}.
 * FX thread only; needs no window.
 */
public final class TimelineImage {
    private TimelineImage() {
    }

    /**
     * Draws {@code model} {@code width} pixels wide, styled by {@code themeStylesheet} (an
     * AtlantaFX user-agent stylesheet, which the timeline's colours are looked up in).
     */
    public static WritableImage draw(TimelineModel model, long now, double width, String themeStylesheet) {
        TimelineView view = new TimelineView(model);
        view.setNow(now);
        StackPane root = new StackPane(view);
        Scene scene = new Scene(root, width, 100);
        scene.getStylesheets().add(themeStylesheet);
        root.applyCss();
        root.layout();
        double height = Math.ceil(view.prefHeight(width));
        root.resize(width, height);
        root.layout();
        view.showAll();
        root.layout();
        ((TimelineSkin) view.getSkin()).paint();
        return root.snapshot(null, null);
    }
}
