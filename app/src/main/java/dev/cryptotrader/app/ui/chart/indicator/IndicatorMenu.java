package dev.cryptotrader.app.ui.chart.indicator;

import dev.cryptotrader.trading.indicators.IndicatorKind;
import dev.cryptotrader.trading.indicators.IndicatorSpec;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The "Indicators" menu: a check item per kind (ticked while one of that kind is on), then "Edit SMA 20…" for each
 * indicator on, and "Indicators…" for the dialog. No accelerators: the keys (Alt+1 … Alt+7, Alt+I) are chart commands,
 * so they act only while the chart has the focus; the item texts name them.
 */
final class IndicatorMenu {

    private IndicatorMenu() {
    }

    static Menu create(IndicatorsViewModel model, Consumer<IndicatorSpec> openEditor) {
        Menu menu = new Menu("Indicators");
        menu.setId("menu-indicators");
        List<MenuItem> fixed = new ArrayList<>();
        IndicatorKind[] kinds = IndicatorKind.values();
        List<CheckMenuItem> toggles = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            IndicatorKind kind = kinds[i];
            CheckMenuItem item = new CheckMenuItem(title(kind) + "  (Alt+" + (i + 1) + ")");
            item.setId("menu-indicator-" + kind.textName().toLowerCase(Locale.ROOT));
            item.setSelected(model.isActive(kind));
            item.setOnAction(e -> {
                model.toggle(kind);
                item.setSelected(model.isActive(kind));
            });
            toggles.add(item);
            fixed.add(item);
        }
        MenuItem all = new MenuItem("Indicators…  (Alt+I)");
        all.setId("menu-indicator-edit");
        all.setOnAction(e -> openEditor.accept(null));
        Runnable rebuild = () -> {
            for (int i = 0; i < kinds.length; i++) {
                toggles.get(i).setSelected(model.isActive(kinds[i]));
            }
            List<MenuItem> items = new ArrayList<>(fixed);
            items.add(new SeparatorMenuItem());
            for (IndicatorSpec spec : model.active()) {
                MenuItem edit = new MenuItem("Edit " + spec.label() + "…");
                edit.setId("menu-indicator-edit-" + spec.text());
                edit.setOnAction(e -> openEditor.accept(spec));
                items.add(edit);
            }
            items.add(all);
            menu.getItems().setAll(items);
        };
        model.active().addListener((ListChangeListener<IndicatorSpec>) c -> rebuild.run());
        rebuild.run();
        return menu;
    }

    private static String title(IndicatorKind kind) {
        return switch (kind) {
            case SMA -> "Simple moving average (SMA)";
            case EMA -> "Exponential moving average (EMA)";
            case BOLLINGER -> "Bollinger Bands";
            case RSI -> "RSI";
            case MACD -> "MACD";
            case STOCHASTIC -> "Stochastic";
            case ATR -> "ATR";
        };
    }
}
