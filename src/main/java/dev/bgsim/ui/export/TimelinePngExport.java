package dev.bgsim.ui.export;

import dev.bgsim.scenario.record.RecordedSession;
import dev.bgsim.ui.feed.TimelineFeed;
import dev.bgsim.ui.theme.Theme;
import dev.bgsim.ui.timeline.TimelineImage;
import dev.bgsim.ui.timeline.TimelineModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * A recorded session's timeline as a PNG (SPEC 6.1): the events are folded into a timeline model
 * by the same feed as the live GUI, drawn off screen (no window) and written whole or not at all.
 * Starts the JavaFX platform when it is not running; call it from any thread but the FX thread.
 */
public final class TimelinePngExport {
    /** Width of the image in pixels. */
    public static final double WIDTH = 1600;
    private static final Duration DEADLINE = Duration.ofMinutes(2);

    /**
     * Draws {@code session} and writes it to {@code out}.
     *
     * @throws IOException when JavaFX cannot start here (no display) or the file cannot be written
     */
    public void write(RecordedSession session, Path out) throws IOException {
        BufferedImage image = draw(session);
        Path absolute = out.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
        try {
            if (!ImageIO.write(image, "png", temporary.toFile())) {
                throw new IOException("this Java runtime has no PNG writer");
            }
            Files.move(temporary, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The session's timeline as an image. */
    public BufferedImage draw(RecordedSession session) throws IOException {
        startPlatform();
        try {
            return dev.bgsim.ui.FxCalls.callAndWait("drawing the timeline", DEADLINE,
                    () -> SwingFXUtils.fromFXImage(drawOnFxThread(session), null));
        } catch (IllegalStateException e) {
            throw new IOException("the timeline could not be drawn: " + e.getMessage(), e);
        }
    }

    private static WritableImage drawOnFxThread(RecordedSession session) {
        TimelineModel model = new TimelineModel();
        TimelineFeed feed = new TimelineFeed(model);
        feed.accept(session.events());
        feed.pulseEnded(null);
        return TimelineImage.draw(model, feed.at(session.end()), WIDTH, Theme.LIGHT.userAgentStylesheet());
    }

    private static void startPlatform() throws IOException {
        useHeadlessToolkitWithoutDisplay();
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Started before (the GUI, a test, an earlier export): use it.
        } catch (RuntimeException | UnsatisfiedLinkError noDisplay) {
            throw new IOException("JavaFX cannot start here (" + noDisplay.getMessage() + "); a PNG needs a display, "
                    + "or run java with -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw", noDisplay);
        }
        Platform.setImplicitExit(false);
    }

    /**
     * On a machine without a display (a CI box, a server over ssh) the PNG is drawn by Monocle's
     * headless toolkit, which bgsim's jar carries, with software rendering. Only when nobody chose
     * a toolkit and there is no X or Wayland display: a desktop keeps its own toolkit.
     */
    private static void useHeadlessToolkitWithoutDisplay() {
        boolean linuxLike = !System.getProperty("os.name", "").startsWith("Windows")
                && !System.getProperty("os.name", "").startsWith("Mac");
        boolean noDisplay = System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null;
        if (linuxLike && noDisplay && System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
        }
    }
}
