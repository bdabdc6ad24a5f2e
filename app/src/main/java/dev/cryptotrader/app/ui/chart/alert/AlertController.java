package dev.cryptotrader.app.ui.chart.alert;

import dev.cryptotrader.app.ui.chart.drawing.PriceRounding;
import dev.cryptotrader.app.ui.chart.drawing.SerialWork;
import dev.cryptotrader.charting.OhlcvColumns;
import dev.cryptotrader.charting.draw.AlertMark;
import dev.cryptotrader.charting.draw.DrawingLayer;
import dev.cryptotrader.charting.draw.ShapePoint;
import dev.cryptotrader.trading.alert.AlertCondition;
import dev.cryptotrader.trading.alert.PriceAlert;
import dev.cryptotrader.trading.domain.SymbolKey;
import dev.cryptotrader.trading.port.AlertStore;
import dev.cryptotrader.trading.port.Clock;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The price alerts of the symbol on screen, as lines on the {@link DrawingLayer}: Alt+A creates one at the price under
 * the mouse (or, with the mouse off the chart, at the latest close), a drag moves it (re-armed at the new level), Del
 * deletes the selected one. Every change is stored in the background and handed to the {@link AlertMonitor}; an
 * alert that fires greys out and is marked on its bar.
 */
public final class AlertController {

    private final DrawingLayer layer;
    private final AlertStore store;
    private final AlertMonitor monitor;
    private final Clock clock;
    private final SerialWork work;
    private final Consumer<String> messages;
    private final List<PriceAlert> shown = new ArrayList<>();
    private SymbolKey symbol;
    private OhlcvColumns columns = OhlcvColumns.empty();
    private PriceRounding rounding = PriceRounding.decimals(8);

    public AlertController(DrawingLayer layer, AlertStore store, AlertMonitor monitor, Clock clock, SerialWork work,
                           Consumer<String> messages) {
        this.layer = layer;
        this.store = store;
        this.monitor = monitor;
        this.clock = clock;
        this.work = work;
        this.messages = messages;
        monitor.addListener(fired -> {
            if (fired.symbol().equals(symbol)) {
                replace(fired);
            }
            messages.accept(AlertText.fired(fired));
        });
    }

    /** The series on screen changed or got new bars: reloads the alerts when the symbol is another. */
    private PriceRounding rounding() {
        if (rounding == null) {
            rounding = PriceRounding.of(columns);
        }
        return rounding;
    }

    public void show(SymbolKey newSymbol, OhlcvColumns newColumns) {
        columns = newColumns;
        rounding = null; // worked out when an alert is placed: live updates change the columns many times a second
        if (newSymbol.equals(symbol)) {
            return;
        }
        symbol = newSymbol;
        shown.clear();
        showMarks();
        SymbolKey at = symbol;
        work.submit(() -> store.list(at), list -> {
            if (at.equals(symbol)) {
                shown.clear();
                shown.addAll(list);
                showMarks();
            }
        }, e -> messages.accept("Could not read the alerts of " + at + ": " + e.getMessage()));
    }

    public List<PriceAlert> alerts() {
        return List.copyOf(shown);
    }

    /** Alt+A: an alert at the price under the mouse, or at the latest close; empty without a chart. */
    public Optional<PriceAlert> createHere() {
        if (symbol == null) {
            return Optional.empty();
        }
        Optional<Double> price = layer.pointer().map(ShapePoint::price)
                .or(() -> columns.isEmpty() ? Optional.empty() : Optional.of(columns.close()[columns.size() - 1]));
        if (price.isEmpty()) {
            return Optional.empty();
        }
        PriceAlert alert;
        try {
            alert = PriceAlert.create(symbol, AlertCondition.CROSSES, rounding().round(price.get()), clock.nowMillis());
        } catch (IllegalArgumentException e) {
            messages.accept("No alert: " + e.getMessage());
            return Optional.empty();
        }
        shown.add(alert);
        showMarks();
        layer.select(alert.id().toString());
        save(() -> store.save(alert), alert, "Alert set at " + alert.level().toPlainString());
        return Optional.of(alert);
    }

    /** Del on a selected alert line; false when no alert is selected. */
    public boolean deleteSelected() {
        Optional<PriceAlert> selected = layer.selectedAlert().flatMap(this::find);
        selected.ifPresent(a -> {
            shown.remove(a);
            showMarks();
            monitor.untrack(a.id());
            work.submit(() -> store.delete(a.id()), done -> messages.accept("Alert at "
                    + a.level().toPlainString() + " deleted"), e -> messages.accept("Could not delete the alert: "
                    + e.getMessage()));
        });
        return selected.isPresent();
    }

    /** The line was dragged (or nudged) to {@code price}: the alert moves there and is armed again. */
    public void moved(String id, double price) {
        find(id).ifPresent(a -> {
            BigDecimal level = rounding().round(price);
            PriceAlert moved;
            try {
                moved = a.movedTo(level, clock.nowMillis());
            } catch (IllegalArgumentException e) {
                messages.accept("Alert not moved: " + e.getMessage());
                showMarks();
                return;
            }
            replace(moved);
            save(() -> store.save(moved), moved, "Alert moved to " + level.toPlainString());
        });
    }

    private void save(Runnable write, PriceAlert alert, String done) {
        work.submit((Callable<Void>) () -> {
            write.run();
            return null;
        }, ok -> {
            monitor.track(alert);
            messages.accept(done);
        }, e -> messages.accept("Could not save the alert: " + e.getMessage()));
    }

    private void replace(PriceAlert alert) {
        shown.replaceAll(a -> a.id().equals(alert.id()) ? alert : a);
        showMarks();
    }

    private Optional<PriceAlert> find(String id) {
        return shown.stream().filter(a -> a.id().toString().equals(id)).findFirst();
    }

    private void showMarks() {
        layer.setAlerts(shown.stream().map(a -> new AlertMark(a.id().toString(), a.level().doubleValue(),
                AlertText.tag(a), !a.isActive(), a.trigger().map(t -> t.barOpenTime()).orElse(-1L))).toList());
    }
}
