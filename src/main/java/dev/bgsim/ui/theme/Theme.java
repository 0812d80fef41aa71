package dev.bgsim.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** The two AtlantaFX themes the window switches between. */
public enum Theme {
    LIGHT, DARK;

    /** The AtlantaFX user-agent stylesheet of this theme. */
    public String userAgentStylesheet() {
        return this == LIGHT ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet();
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
