package dev.cryptotrader.app.ui.keys;

import dev.cryptotrader.app.ui.chart.ChartCommand;
import dev.cryptotrader.app.ui.chart.ChartCommands;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/**
 * Menus made of chart commands. An item runs the command's action and shows its keys in its text, read from the
 * registry each time the menu opens, so a rebinding from the user config shows there too. The keys are not menu
 * accelerators: those would fire while typing in a text field, and the chart's own key handler already runs them.
 */
public final class CommandMenuItems {

    private CommandMenuItems() {
    }

    /** A menu {@code title} with one item per command id (ids not registered are left out). */
    public static Menu menu(String title, ChartCommands commands, String... ids) {
        Menu menu = new Menu(title);
        menu.setId("menu-" + title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
        for (String id : ids) {
            commands.find(id).ifPresent(c -> {
                MenuItem item = new MenuItem(text(c));
                item.setId("menu-" + id.replace('.', '-'));
                item.setOnAction(e -> commands.find(id).ifPresent(now -> now.action().run()));
                item.setUserData(id);
                menu.getItems().add(item);
            });
        }
        menu.setOnShowing(e -> menu.getItems().forEach(item -> {
            if (item.getUserData() instanceof String id) {
                commands.find(id).ifPresent(c -> item.setText(text(c)));
            }
        }));
        return menu;
    }

    static String text(ChartCommand c) {
        return c.keys().isEmpty() ? c.title() : c.title() + "   (" + c.keysText() + ")";
    }
}
