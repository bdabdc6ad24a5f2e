package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.execution.FeeSchedule;
import dev.cryptotrader.trading.port.SeriesInfo;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

/**
 * The series list of the form and what choosing a series does: the dates span its stored bars and the fees come from
 * the exchange's schedule. Re-reading the list (the window opened again) re-selects the same series without touching
 * what the user typed; the main chart's series is preferred when the panel is opened from it.
 */
final class SeriesSelection {

    private final BacktestForm form;
    private final Supplier<FeeSchedule> fees;
    private final ObservableList<SeriesInfo> series = FXCollections.observableArrayList();
    private final StringProperty feeHint = new SimpleStringProperty(this, "feeHint", "");
    private SeriesKey preferred;
    private SeriesKey chosen;

    SeriesSelection(BacktestForm form, Supplier<FeeSchedule> fees) {
        this.form = form;
        this.fees = fees;
        form.series.addListener((obs, old, info) -> {
            if (info != null && !info.key().equals(chosen)) {
                chosen = info.key();
                chosen(info);
            }
        });
    }

    ObservableList<SeriesInfo> series() {
        return series;
    }

    StringProperty feeHint() {
        return feeHint;
    }

    /** The stored series, as just read. */
    void setAll(List<SeriesInfo> all) {
        if (!series.equals(all)) {
            series.setAll(all);
        }
        selectPreferred();
    }

    /** Selects {@code key} now, or once the list holds it. */
    void prefer(SeriesKey key) {
        preferred = key;
        selectPreferred();
    }

    private void selectPreferred() {
        SeriesKey wanted = preferred != null ? preferred : chosen;
        SeriesInfo match = series.stream().filter(s -> s.key().equals(wanted)).findFirst()
                .orElse(form.series.get() == null && !series.isEmpty() ? series.getFirst() : null);
        if (match != null) {
            form.series.set(match);
        }
    }

    private void chosen(SeriesInfo info) {
        form.from.set(date(info.firstOpenTime()));
        form.to.set(date(info.lastOpenTime()));
        FeeSchedule schedule = fees.get();
        String exchange = info.key().exchange().id();
        if (schedule.covers(info.key().exchange())) {
            FeeSchedule.Fees f = schedule.fees(info.key().exchange());
            form.makerFee.set(MetricFormat.parameter(f.makerBps()));
            form.takerFee.set(MetricFormat.parameter(f.takerBps()));
            feeHint.set("From the " + exchange + " fee schedule");
        } else {
            feeHint.set("No fee schedule for " + exchange + ": type the fees");
        }
    }

    private static LocalDate date(long millis) {
        return Instant.ofEpochMilli(millis).atZone(ZoneOffset.UTC).toLocalDate();
    }
}
