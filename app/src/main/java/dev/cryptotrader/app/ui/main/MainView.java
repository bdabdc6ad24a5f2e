package dev.cryptotrader.app.ui.main;

import dev.cryptotrader.app.ui.chart.ChartView;
import dev.cryptotrader.app.ui.series.SeriesPickerView;
import dev.cryptotrader.app.ui.status.StatusBarView;
import dev.cryptotrader.app.ui.tasks.BackgroundTasks;
import dev.cryptotrader.charting.CandleChart;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;

/**
 * Menu on top, series picker left, chart in the middle, status bar below (with the background-task and rate-limit
 * indicators). {@code /} anywhere outside a text field
 * jumps to the symbol search.
 */
public final class MainView {

    private final BorderPane root = new BorderPane();
    private final SeriesPickerView picker;
    private final ChartView chart;
    private final MenuBar menuBar;
    private Runnable showShortcuts = () -> { };

    /**
     * The parts of the window that come from other screens: status-bar indicators and the windows the menu opens.
     */
    public record Extras(Node taskIndicator, Node rateLimitIndicator, Runnable openAddMarket, Runnable openJobs,
                         BackgroundTasks tasks) {
    }

    public MainView(MainViewModel model, Extras extras) {
        chart = new ChartView(model.chart(), model::selectTimeframe, model::toggleLive);
        picker = new SeriesPickerView(model.picker(), this::focusChart);
        StatusBarView status = new StatusBarView(model, extras.taskIndicator(), extras.rateLimitIndicator());
        chart.chart().visibleRangeProperty().addListener((obs, old, range) -> model.showVisibleRange(range));

        menuBar = MainMenu.create(model, new MainMenu.Actions(chart.chart()::jumpToLatest, picker::focusSearch,
                extras.openAddMarket(), extras.openJobs(), extras.tasks(), () -> showShortcuts.run()));
        root.setTop(menuBar);
        root.setLeft(picker.node());
        root.setCenter(chart.node());
        root.setBottom(status.node());
        root.getStyleClass().add("main-window");
    }

    /** Installs the window-wide keys on {@code scene}: '/' focuses the search unless one is typing text. */
    public void installKeys(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            Node focus = scene.getFocusOwner();
            if ("/".equals(e.getCharacter()) && !(focus instanceof TextInputControl)) {
                picker.focusSearch();
                e.consume();
            }
        });
    }

    /** Adds the menus of chart features (indicators, drawing…) before Help, in the order given. */
    public void addMenus(Menu... menus) {
        int help = menuBar.getMenus().size() - 1;
        menuBar.getMenus().addAll(help, java.util.List.of(menus));
    }

    /** What Help → Keyboard shortcuts opens. */
    public void setShowShortcuts(Runnable show) {
        showShortcuts = show;
    }

    public void focusChart() {
        chart.chart().requestFocus();
    }

    public Parent root() {
        return root;
    }

    public CandleChart chart() {
        return chart.chart();
    }

    /** The chart with its panes and keyboard commands. */
    public ChartView chartView() {
        return chart;
    }
}
