package dev.cryptotrader.app.ui.chart;

import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.trading.domain.Timeframe;
import javafx.scene.input.KeyEvent;

import java.util.function.Consumer;

/**
 * The candle chart of the selected series plus its keyboard: arrows pan, +/- zoom, Home jumps to the latest bar and
 * 1..8 ask for another timeframe, L turns live candles on or off. Keys reach it only while it has the focus, so typing in the search field never
 * moves the chart.
 */
public final class ChartView {

    private static final double ZOOM_STEP = 1.25;

    private final CandleChart chart = new CandleChart();
    private final Runnable toggleLive;
    private ChartData shown;

    public ChartView(ChartViewModel model, Consumer<Timeframe> onTimeframeKey, Runnable toggleLive) {
        this.toggleLive = toggleLive;
        chart.setId("candle-chart");
        model.dataProperty().addListener((obs, old, data) -> show(data));
        chart.paintCountProperty().addListener((obs, old, count) -> model.painted());
        chart.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            ChartKeys.action(e).ifPresent(action -> {
                act(action, e.isShiftDown());
                e.consume();
            });
            ChartKeys.timeframe(e).ifPresent(tf -> {
                onTimeframeKey.accept(tf);
                e.consume();
            });
        });
    }

    private void show(ChartData data) {
        if (data == null) {
            return;
        }
        boolean sameSeries = shown != null && shown.series().key().equals(data.series().key());
        if (sameSeries) {
            chart.updateData(data.columns());
        } else {
            chart.setData(data.label(), data.columns());
        }
        shown = data;
    }

    private void act(ChartKeys.Action action, boolean fast) {
        int step = Math.max(1, chart.visibleRange().slots() / (fast ? 2 : 10));
        switch (action) {
            case PAN_OLDER -> chart.pan(-step);
            case PAN_NEWER -> chart.pan(step);
            case ZOOM_IN -> chart.zoom(ZOOM_STEP);
            case ZOOM_OUT -> chart.zoom(1 / ZOOM_STEP);
            case LATEST -> chart.jumpToLatest();
            case TOGGLE_LIVE -> toggleLive.run();
        }
    }

    public CandleChart chart() {
        return chart;
    }
}
