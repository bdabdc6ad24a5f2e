package dev.cryptotrader.app.ui.backtest;

import dev.cryptotrader.trading.backtest.Trade;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every round trip of a run, sortable by any column (click a header; again to reverse). */
final class TradesTable {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    /** A trade with its number in the run (1-based), which sorting keeps. */
    record Row(int number, Trade trade) {
    }

    private final TableView<Row> table = new TableView<>();

    TradesTable() {
        table.getStyleClass().add("trades-table");
        table.setId("backtest-trades");
        Columns.compact(table);
        table.setPlaceholder(new Label("No trades: run a backtest, or the strategy never entered"));
        table.setTooltip(new javafx.scene.control.Tooltip("Double-click a trade (or Enter) to see it on the chart"));
        table.getColumns().setAll(List.of(
                Columns.number("#", r -> (double) r.number(), v -> Long.toString(v.longValue()), false),
                Columns.text("Side", r -> r.trade().side().label()),
                Columns.number("Entry time", r -> (double) r.trade().entryTime(), TradesTable::time, false),
                Columns.number("Exit time", r -> (double) r.trade().exitTime(), TradesTable::time, false),
                Columns.number("Bars", r -> (double) r.trade().barsHeld(), v -> Long.toString(v.longValue()), false),
                Columns.number("Quantity", r -> r.trade().quantity(), MetricFormat::amount, false),
                Columns.number("Entry price", r -> r.trade().entryPrice(), MetricFormat::amount, false),
                Columns.number("Exit price", r -> r.trade().exitPrice(), MetricFormat::amount, false),
                Columns.number("Fees", r -> r.trade().fees(), MetricFormat::money, false),
                Columns.number("PnL", r -> r.trade().pnl(), MetricFormat::money, true),
                Columns.number("Return", r -> r.trade().returnOnEntry(), MetricFormat::percent, true)));
        for (TableColumn<Row, ?> c : table.getColumns()) {
            c.setPrefWidth(c.getText().endsWith("time") ? 130 : 90);
        }
        table.getColumns().getFirst().setPrefWidth(50);
    }

    /** Calls {@code action} with the trade of a row double-clicked or entered (Enter). */
    void setOnOpen(java.util.function.Consumer<Trade> action) {
        table.setOnMouseClicked(e -> {
            Row row = table.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && row != null) {
                action.accept(row.trade());
            }
        });
        table.setOnKeyPressed(e -> {
            Row row = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && row != null) {
                action.accept(row.trade());
                e.consume();
            }
        });
    }

    TableView<Row> node() {
        return table;
    }

    void show(List<Trade> trades) {
        List<Row> rows = new ArrayList<>(trades.size());
        for (int i = 0; i < trades.size(); i++) {
            rows.add(new Row(i + 1, trades.get(i)));
        }
        table.getSortOrder().clear();
        table.getItems().setAll(rows);
    }

    private static String time(Double millis) {
        return TIME.format(Instant.ofEpochMilli(millis.longValue()));
    }
}
