package dev.cryptotrader.app.ui.main;

import dev.cryptotrader.app.ui.Theme;
import dev.cryptotrader.app.ui.tasks.BackgroundTasks;
import javafx.beans.binding.Bindings;
import javafx.application.Platform;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** File, View and Help menus. */
final class MainMenu {

    private MainMenu() {
    }

    /** What the menu items do that the view model does not. */
    record Actions(Runnable jumpToLatest, Runnable focusSearch, Runnable openAddMarket, Runnable openJobs,
                   BackgroundTasks tasks, Runnable showShortcuts) {
    }

    static MenuBar create(MainViewModel model, Actions actions) {
        MenuItem addMarket = new MenuItem("Add market…");
        addMarket.setId("menu-add-market");
        addMarket.setAccelerator(KeyCombination.keyCombination("Shortcut+N"));
        addMarket.setOnAction(e -> actions.openAddMarket().run());
        MenuItem cancelBackfill = new MenuItem("Cancel backfill");
        cancelBackfill.setId("menu-cancel-backfill");
        cancelBackfill.setOnAction(e -> actions.tasks().cancelShown());
        cancelBackfill.disableProperty().bind(Bindings.isEmpty(actions.tasks().running()));
        MenuItem jobs = new MenuItem("Jobs…");
        jobs.setId("menu-jobs");
        jobs.setAccelerator(KeyCombination.keyCombination("Shortcut+J"));
        jobs.setOnAction(e -> actions.openJobs().run());

        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> Platform.exit());

        CheckMenuItem light = new CheckMenuItem("Light theme");
        light.setId("menu-light-theme");
        light.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+L"));
        light.setSelected(model.themeProperty().get() == Theme.LIGHT);
        light.setOnAction(e -> model.themeProperty().set(light.isSelected() ? Theme.LIGHT : Theme.DARK));
        model.themeProperty().addListener((obs, old, theme) -> light.setSelected(theme == Theme.LIGHT));

        MenuItem latest = new MenuItem("Go to latest bar   (Home)");
        latest.setOnAction(e -> actions.jumpToLatest().run());
        CheckMenuItem live = new CheckMenuItem("Live candles   (L)");
        live.setId("menu-live");
        live.selectedProperty().bindBidirectional(model.live().onProperty());
        MenuItem search = new MenuItem("Search symbols   (/)");
        search.setOnAction(e -> actions.focusSearch().run());

        MenuItem keys = new MenuItem("Keyboard shortcuts   (? or F1)");
        keys.setId("menu-shortcuts");
        keys.setOnAction(e -> actions.showShortcuts().run());

        return new MenuBar(new Menu("File", null, addMarket, cancelBackfill, new SeparatorMenuItem(), quit), new Menu("View", null, light, latest, live, search, new SeparatorMenuItem(), jobs),
                new Menu("Help", null, keys));
    }
}
