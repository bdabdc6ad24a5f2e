package dev.cryptotrader.app.ui.backtest;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The texts the form holds for one strategy parameter: its value for a run, and its from/to/step for a sweep (which
 * a walk-forward's optimisation uses too). Texts, not numbers: what the user typed stays until it is read.
 */
public final class ParameterField {

    private final StrategySpec.ParameterSpec spec;
    private final StringProperty value;
    private final StringProperty sweepFrom;
    private final StringProperty sweepTo;
    private final StringProperty sweepStep;

    public ParameterField(StrategySpec.ParameterSpec spec) {
        this.spec = spec;
        double d = spec.defaultValue();
        value = new SimpleStringProperty(MetricFormat.parameter(d));
        double from = clamp(spec.integer() ? Math.round(d / 2) : d / 2);
        double to = clamp(spec.integer() ? Math.round(d * 1.5) : d * 1.5);
        double step = (to - from) / 4;
        sweepFrom = new SimpleStringProperty(MetricFormat.parameter(from));
        sweepTo = new SimpleStringProperty(MetricFormat.parameter(to));
        sweepStep = new SimpleStringProperty(MetricFormat.parameter(spec.integer() ? Math.max(1, Math.round(step))
                : step > 0 ? step : 1));
    }

    private double clamp(double v) {
        return Math.max(spec.min(), Math.min(spec.max(), v));
    }

    public StrategySpec.ParameterSpec spec() {
        return spec;
    }

    public String name() {
        return spec.name();
    }

    public StringProperty value() {
        return value;
    }

    public StringProperty sweepFrom() {
        return sweepFrom;
    }

    public StringProperty sweepTo() {
        return sweepTo;
    }

    public StringProperty sweepStep() {
        return sweepStep;
    }

    /** The field id errors name: {@code param-fast}. */
    public String fieldId() {
        return "param-" + spec.name();
    }
}
