package dev.cryptotrader.app.ui.keys;

import dev.cryptotrader.app.ui.chart.ChartCommand;
import dev.cryptotrader.app.ui.chart.ChartCommands;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The keyboard shortcut sheet: every chart command by group with its keys, read from the {@link ChartCommands}
 * registry when it opens (so it is true after features register theirs and the config rebinds them), plus the
 * window's own keys. Opens with ? (typed anywhere but in a text field) or F1 on the chart; Esc, ? or F1 close it.
 */
public final class ShortcutSheet {

    /** Keys of the window rather than the chart (menu accelerators and the search), in the sheet's words. */
    public static final Map<String, String> WINDOW_KEYS = windowKeys();
    public static final String HELP_COMMAND = "help.shortcuts";

    private final ChartCommands commands;
    private Stage stage;

    public ShortcutSheet(ChartCommands commands) {
        this.commands = Objects.requireNonNull(commands, "commands");
    }

    private static Map<String, String> windowKeys() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("?", "This shortcut sheet (outside text fields)");
        keys.put("/", "Search symbols (Esc or Enter returns to the chart)");
        keys.put("Ctrl+N", "Add a market: pick exchange and symbol, backfill its history");
        keys.put("Ctrl+J", "Jobs: the watchlist's scheduled backfills and gap repairs");
        keys.put("Ctrl+Shift+L", "Light / dark theme");
        keys.put("Ctrl+Q", "Quit");
        return keys;
    }

    /** Registers F1 on the chart as the command that opens this sheet. */
    public void register(ChartCommands registry, Node chart) {
        registry.add(ChartCommand.of(HELP_COMMAND, "Keyboard shortcuts (this sheet)", "Help",
                () -> toggle(chart.getScene() == null ? null : chart.getScene().getWindow()),
                new KeyCodeCombination(KeyCode.F1)));
    }

    /** Opens the sheet on ? typed anywhere in {@code scene} except in a text field. */
    public void installOn(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter()) && !(scene.getFocusOwner() instanceof TextInputControl)) {
                toggle(scene.getWindow());
                e.consume();
            }
        });
    }

    /** Opens the sheet over {@code owner}, or closes it if open. */
    public void toggle(Window owner) {
        if (isShowing()) {
            close();
        } else {
            show(owner);
        }
    }

    public void show(Window owner) {
        close();
        stage = new Stage();
        stage.setTitle("Keyboard shortcuts");
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        Scene scene = new Scene(content(), 1140, 720);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(stylesheet());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                close();
                e.consume();
            }
        });
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if ("?".equals(e.getCharacter())) {
                close();
                e.consume();
            }
        });
        stage.setScene(scene);
        stage.show();
    }

    public void close() {
        if (stage != null) {
            stage.close();
            stage = null;
        }
    }

    public boolean isShowing() {
        return stage != null && stage.isShowing();
    }

    /** The open sheet's window (for tests and screenshots), or null. */
    public Stage stage() {
        return stage;
    }

    public static String stylesheet() {
        return Objects.requireNonNull(ShortcutSheet.class.getResource("shortcut-sheet.css")).toExternalForm();
    }

    /** What the sheet lists, group by group: the rows a test checks against the registry. */
    public List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        commands.byGroup().forEach((group, list) -> list.forEach(c -> rows.add(new Row(group, c.keysText(),
                c.title(), c.id()))));
        WINDOW_KEYS.forEach((keys, title) -> rows.add(new Row("Window", keys, title, null)));
        return rows;
    }

    /** One line of the sheet; {@code commandId} is null for a window key. */
    public record Row(String group, String keys, String title, String commandId) {
    }

    private javafx.scene.Parent content() {
        FlowPane groups = new FlowPane();
        groups.getStyleClass().add("shortcut-groups");
        Map<String, GridPane> byGroup = new LinkedHashMap<>();
        for (Row row : rows()) {
            GridPane grid = byGroup.computeIfAbsent(row.group(), g -> {
                GridPane pane = new GridPane();
                pane.getStyleClass().add("shortcut-group");
                Label title = new Label(g);
                title.getStyleClass().add("shortcut-group-title");
                pane.add(title, 0, 0, 2, 1);
                VBox box = new VBox(pane);
                box.getStyleClass().add("shortcut-card");
                groups.getChildren().add(box);
                return pane;
            });
            int line = grid.getRowCount();
            Label keys = new Label(row.keys());
            keys.getStyleClass().add("shortcut-keys");
            keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // keys are never cut short
            Label title = new Label(row.title());
            title.getStyleClass().add("shortcut-title");
            title.setWrapText(true);
            if (row.commandId() != null) { // the id config.json's "shortcuts" rebinds
                javafx.scene.control.Tooltip id = new javafx.scene.control.Tooltip(row.commandId()
                        + "  (the id for \"shortcuts\" in config.json)");
                javafx.scene.control.Tooltip.install(keys, id);
                javafx.scene.control.Tooltip.install(title, id);
            }
            grid.addRow(line, keys, title);
        }
        Label heading = new Label("Keyboard shortcuts — keys act on the chart when it has the focus; "
                + "hover a line for its id in config.json; Esc closes this sheet");
        heading.getStyleClass().add("shortcut-heading");
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("shortcut-scroll");
        VBox root = new VBox(heading, scroll);
        root.getStyleClass().add("shortcut-sheet");
        root.setId("shortcut-sheet");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        return root;
    }
}
