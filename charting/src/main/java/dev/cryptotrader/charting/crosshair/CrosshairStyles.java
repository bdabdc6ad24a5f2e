package dev.cryptotrader.charting.crosshair;

import java.util.Objects;

/** The stylesheet of the crosshair and of the level overlays; load it after {@code CandleChart.stylesheet()}. */
public final class CrosshairStyles {

    private CrosshairStyles() {
    }

    public static String stylesheet() {
        return Objects.requireNonNull(CrosshairStyles.class.getResource("crosshair.css"), "crosshair.css")
                .toExternalForm();
    }
}
