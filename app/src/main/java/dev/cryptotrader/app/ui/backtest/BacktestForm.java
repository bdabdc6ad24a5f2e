package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.port.SeriesInfo;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * What the backtest form holds, as the user typed it: one property per field, no parsing. {@link FormReader} turns
 * it into requests. Choosing another strategy rebuilds {@link #parameters()} with that strategy's defaults.
 */
public final class BacktestForm {

    final ObjectProperty<SeriesInfo> series = new SimpleObjectProperty<>(this, "series");
    final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    final ObjectProperty<StrategySpec> strategy = new SimpleObjectProperty<>(this, "strategy");
    final ObservableList<ParameterField> parameters = FXCollections.observableArrayList();
    final StringProperty ruleJson = new SimpleStringProperty(this, "ruleJson", "");
    final StringProperty makerFee = new SimpleStringProperty(this, "makerFee", "10");
    final StringProperty takerFee = new SimpleStringProperty(this, "takerFee", "10");
    final StringProperty spread = new SimpleStringProperty(this, "spread", "0");
    final StringProperty slippage = new SimpleStringProperty(this, "slippage", "5");
    final StringProperty capital = new SimpleStringProperty(this, "capital", "10000");
    final ObjectProperty<SizingKind> sizing = new SimpleObjectProperty<>(this, "sizing", SizingKind.FRACTION_OF_EQUITY);
    final StringProperty sizingValue = new SimpleStringProperty(this, "sizingValue", "100");
    final BooleanProperty allowShort = new SimpleBooleanProperty(this, "allowShort");
    final StringProperty trainLength = new SimpleStringProperty(this, "train", "500");
    final StringProperty testLength = new SimpleStringProperty(this, "test", "100");
    final StringProperty stepLength = new SimpleStringProperty(this, "step", "100");
    final BooleanProperty anchored = new SimpleBooleanProperty(this, "anchored");
    final BooleanProperty optimise = new SimpleBooleanProperty(this, "optimise", true);
    final ObjectProperty<MetricColumn> objective = new SimpleObjectProperty<>(this, "objective", MetricColumn.SHARPE);

    BacktestForm() {
        strategy.addListener((obs, old, spec) -> {
            if (spec == null) {
                parameters.clear();
            } else {
                parameters.setAll(spec.parameters().stream().map(ParameterField::new).toList());
            }
        });
        sizing.addListener((obs, old, kind) -> sizingValue.set(kind == null ? "" : kind.defaultText()));
    }

    public ObjectProperty<SeriesInfo> series() {
        return series;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public ObjectProperty<StrategySpec> strategy() {
        return strategy;
    }

    public ObservableList<ParameterField> parameters() {
        return parameters;
    }

    public Optional<ParameterField> parameter(String name) {
        return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Puts values into the parameter fields (a sweep row, a heat-map cell); unknown names are ignored. */
    public void setParameters(Map<String, Double> values) {
        values.forEach((name, v) -> parameter(name).ifPresent(p -> p.value().set(MetricFormat.parameter(v))));
    }

    public StringProperty ruleJson() {
        return ruleJson;
    }

    public StringProperty makerFee() {
        return makerFee;
    }

    public StringProperty takerFee() {
        return takerFee;
    }

    public StringProperty spread() {
        return spread;
    }

    public StringProperty slippage() {
        return slippage;
    }

    public StringProperty capital() {
        return capital;
    }

    public ObjectProperty<SizingKind> sizing() {
        return sizing;
    }

    public StringProperty sizingValue() {
        return sizingValue;
    }

    public BooleanProperty allowShort() {
        return allowShort;
    }

    public StringProperty trainLength() {
        return trainLength;
    }

    public StringProperty testLength() {
        return testLength;
    }

    public StringProperty stepLength() {
        return stepLength;
    }

    public BooleanProperty anchored() {
        return anchored;
    }

    public BooleanProperty optimise() {
        return optimise;
    }

    public ObjectProperty<MetricColumn> objective() {
        return objective;
    }
}
