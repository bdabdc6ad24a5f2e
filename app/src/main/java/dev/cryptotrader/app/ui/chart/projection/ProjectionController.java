package dev.cryptotrader.app.ui.chart.projection;

import dev.cryptotrader.app.ui.chart.ChartData;
import dev.cryptotrader.charting.CandleChart;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.charting.projection.ConeGeometry;
import dev.cryptotrader.charting.projection.ProjectionLevel;
import dev.cryptotrader.charting.projection.ProjectionOverlay;
import dev.cryptotrader.trading.domain.SymbolKey;
import dev.cryptotrader.trading.projection.ForecastCone;
import dev.cryptotrader.trading.projection.IdeaLevel;
import dev.cryptotrader.trading.projection.IdeaSide;
import dev.cryptotrader.trading.projection.LatestAtr;
import dev.cryptotrader.trading.projection.RiskReward;
import dev.cryptotrader.trading.projection.TradeIdea;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The projections on the price chart: one trade idea (entry, stop, target with its risk/reward) and the ATR forecast
 * cone. It owns the chart's {@link ProjectionOverlay}, maps trading maths onto it, and re-evaluates the idea on every
 * change of a level, so a drag shows the new ratio while the mouse moves. The idea stays while the same symbol is on
 * screen (any timeframe: it is anchored in time) and goes when another symbol opens. FX thread only.
 */
public final class ProjectionController {

    private final CandleChart chart;
    private final ProjectionOverlay overlay;
    private final BooleanProperty coneOn = new SimpleBooleanProperty(this, "coneOn");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private int coneBars = ForecastCone.DEFAULT_BARS;
    private ChartData data;
    private TradeIdea idea;
    private boolean showing; // the overlay is being given an idea: its level listeners stay quiet

    public ProjectionController(CandleChart chart, ObservableValue<ChartData> data) {
        this.chart = chart;
        this.overlay = new ProjectionOverlay(chart);
        chart.xyChart().getPlugins().add(overlay);
        for (ProjectionLevel level : ProjectionLevel.values()) {
            overlay.level(level).addListener((obs, old, price) -> levelMoved(level, price.doubleValue()));
        }
        data.addListener((obs, old, now) -> dataChanged(now));
        coneOn.addListener((obs, was, on) -> updateCone());
        dataChanged(data.getValue());
    }

    /** A new idea at the latest close, its stop and target {@link TradeIdea#around ATR-based}. */
    public void newIdea(IdeaSide side) {
        OhlcvColumns c = columns();
        OptionalDouble atr = atr();
        if (c == null || atr.isEmpty()) {
            message.set("Projection: needs a chart with more than " + LatestAtr.PERIOD + " bars");
            return;
        }
        int last = c.size() - 1;
        show(TradeIdea.around(c.openTime()[last], c.close()[last], atr.getAsDouble(), side));
        overlay.selectedProperty().set(ProjectionLevel.TARGET);
    }

    /** Shows {@code idea} (a signal's, say) in place of the current one. */
    public void show(TradeIdea newIdea) {
        idea = newIdea;
        showing = true;
        overlay.showIdea(newIdea.openTime(), newIdea.entry(), newIdea.stop(), newIdea.target());
        showing = false;
        evaluate();
    }

    public Optional<TradeIdea> idea() {
        return Optional.ofNullable(idea);
    }

    public void removeIdea() {
        idea = null;
        overlay.hideIdea();
        message.set("");
    }

    /** Selects the next level ({@code step} 1) or the previous one (-1) for keyboard nudges. */
    public void selectLevel(int step) {
        if (idea == null) {
            return;
        }
        ProjectionLevel now = overlay.selectedProperty().get();
        IdeaLevel next = now == null ? IdeaLevel.ENTRY : toIdea(now).next(step);
        overlay.selectedProperty().set(toChart(next));
    }

    /** Moves the selected level by {@code tenths} tenths of an ATR (up when positive). */
    public void nudge(int tenths) {
        ProjectionLevel selected = overlay.selectedProperty().get();
        OptionalDouble atr = atr();
        if (idea == null || selected == null) {
            message.set("Projection: create an idea first (Alt+P), then pick a level (Alt+])");
            return;
        }
        double step = atr.orElse(idea.entry() * 0.001) / 10;
        double price = idea.level(toIdea(selected)) + tenths * step;
        if (price > 0) {
            overlay.level(selected).set(price);
        }
    }

    public void toggleCone() {
        coneOn.set(!coneOn.get());
    }

    /** Whether the forecast cone is drawn. */
    public BooleanProperty coneOnProperty() {
        return coneOn;
    }

    /** Bars ahead the cone reaches (default {@value ForecastCone#DEFAULT_BARS}). */
    public void setConeBars(int bars) {
        if (bars < 1) {
            throw new IllegalArgumentException("the cone needs at least one bar ahead, not " + bars);
        }
        coneBars = bars;
        updateCone();
    }

    /** The current verdict ("Long · R:R 2.00 · …" or why there is none); a problem with a command otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ProjectionOverlay overlay() {
        return overlay;
    }

    private void levelMoved(ProjectionLevel level, double price) {
        if (showing || idea == null) {
            return;
        }
        idea = idea.with(toIdea(level), price);
        evaluate();
    }

    private void evaluate() {
        RiskReward rr = idea.riskReward();
        overlay.setVerdict(rr.text(), rr instanceof RiskReward.Valid);
        message.set(rr.text());
    }

    private void dataChanged(ChartData now) {
        SymbolKey before = data == null ? null : symbol(data);
        data = now;
        if (idea != null && now != null && !symbol(now).equals(before)) {
            removeIdea();
        }
        updateCone();
    }

    private void updateCone() {
        OhlcvColumns c = columns();
        OptionalDouble atr = coneOn.get() ? atr() : OptionalDouble.empty();
        if (c == null || atr.isEmpty()) {
            overlay.hideCone();
            if (coneOn.get()) {
                message.set("Projection: the cone needs more than " + LatestAtr.PERIOD + " bars");
            }
            return;
        }
        int last = c.size() - 1;
        ForecastCone cone = ForecastCone.of(c.close()[last], atr.getAsDouble(), coneBars);
        overlay.showCone(new ConeGeometry(c.openTime()[last], Math.max(1, chart.barMillis()), cone.centre(),
                cone.band(1), cone.band(-1), cone.band(2), cone.band(-2)));
    }

    private OhlcvColumns columns() {
        return data == null || data.columns().isEmpty() ? null : data.columns();
    }

    private OptionalDouble atr() {
        OhlcvColumns c = columns();
        if (c == null) {
            return OptionalDouble.empty();
        }
        try {
            return LatestAtr.of(RecentCandles.of(c, LatestAtr.WINDOW), LatestAtr.PERIOD);
        } catch (IllegalArgumentException e) { // a bar the candle rules refuse: no ATR rather than a wrong one
            return OptionalDouble.empty();
        }
    }

    private static SymbolKey symbol(ChartData d) {
        return new SymbolKey(d.series().key().exchange(), d.series().key().instrument());
    }

    private static IdeaLevel toIdea(ProjectionLevel level) {
        return IdeaLevel.valueOf(level.name());
    }

    private static ProjectionLevel toChart(IdeaLevel level) {
        return ProjectionLevel.valueOf(level.name());
    }
}
