package dev.cryptotrader.charting;

import io.fair_acc.chartfx.renderer.spi.financial.CandleStickRenderer;

/**
 * The stock candlestick renderer that also counts how often it drew at least one bar, so the app can time the first
 * painted chart and tests can wait for a paint instead of sleeping.
 */
final class PaintAwareCandleRenderer extends CandleStickRenderer {

    private final Runnable onPainted;

    PaintAwareCandleRenderer(Runnable onPainted) {
        super(false);
        this.onPainted = onPainted;
        setComputeLocalRange(false); // the chart sets the price range itself, before drawing
    }

    @Override
    public void render() {
        super.render();
        if (getDatasets().stream().anyMatch(ds -> ds.getDataCount() > 0)) {
            onPainted.run();
        }
    }
}
