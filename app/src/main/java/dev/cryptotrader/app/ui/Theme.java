package dev.cryptotrader.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The two AtlantaFX themes. The app stylesheet maps the chart's colours onto the theme's palette, so both follow. */
public enum Theme {
    DARK(new PrimerDark().getUserAgentStylesheet()),
    LIGHT(new PrimerLight().getUserAgentStylesheet());

    private final String userAgentStylesheet;

    Theme(String userAgentStylesheet) {
        this.userAgentStylesheet = userAgentStylesheet;
    }

    /** Applies the theme to every window of the application; call on the FX thread. */
    public void apply() {
        Application.setUserAgentStylesheet(userAgentStylesheet);
    }
}
