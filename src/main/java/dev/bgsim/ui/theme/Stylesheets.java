package dev.bgsim.ui.theme;

import java.util.List;
import java.util.Objects;

/** The GUI's own stylesheets, in the order a scene adds them. */
public final class Stylesheets {
    private Stylesheets() {
    }

    /** The colour names ControlsFX expects from Modena, mapped to AtlantaFX's, then bgsim's styles. */
    public static List<String> all() {
        return List.of(url("controlsfx-colors.css"), url("bgsim.css"));
    }

    private static String url(String name) {
        return Objects.requireNonNull(Stylesheets.class.getResource("/dev/bgsim/ui/" + name),
                "missing stylesheet " + name).toExternalForm();
    }
}
