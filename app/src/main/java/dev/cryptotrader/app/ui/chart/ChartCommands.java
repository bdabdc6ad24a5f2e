package dev.cryptotrader.app.ui.chart;

import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every keyboard command of the chart, in one place: features register theirs, the chart's key handler runs the one
 * whose key was pressed, and the shortcut sheet lists them all. A key taken by two commands is refused when the second
 * registers, naming both, so a shortcut never silently does one of two things.
 */
public final class ChartCommands {

    private final Map<String, ChartCommand> byId = new LinkedHashMap<>();

    /** Adds {@code command}; throws if its id is taken or one of its keys belongs to another command. */
    public void add(ChartCommand command) {
        if (byId.containsKey(command.id())) {
            throw new IllegalArgumentException("chart command '" + command.id() + "' is registered twice");
        }
        checkKeysFree(command, command.keys());
        byId.put(command.id(), command);
    }

    /** Puts {@code command} on other keys; throws if the id is unknown or a key belongs to another command. */
    public void rebind(String id, List<KeyCombination> keys) {
        ChartCommand command = find(id)
                .orElseThrow(() -> new IllegalArgumentException("there is no chart command '" + id + "'"));
        checkKeysFree(command, keys);
        byId.put(id, command.withKeys(keys));
    }

    private void checkKeysFree(ChartCommand command, List<KeyCombination> keys) {
        for (KeyCombination key : keys) {
            for (ChartCommand other : byId.values()) {
                if (!other.id().equals(command.id()) && other.keys().contains(key)) {
                    throw new IllegalArgumentException("key " + key.getDisplayText() + " of '" + command.id()
                            + "' is already taken by '" + other.id() + "'");
                }
            }
        }
    }

    public Optional<ChartCommand> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** All commands in the order they were registered. */
    public List<ChartCommand> all() {
        return List.copyOf(byId.values());
    }

    /** The command a key press asks for, if any. */
    public Optional<ChartCommand> commandFor(KeyEvent e) {
        for (ChartCommand c : byId.values()) {
            for (KeyCombination key : c.keys()) {
                if (key.match(e)) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs the command a key press asks for and consumes the event; returns whether there was one. */
    public boolean handle(KeyEvent e) {
        Optional<ChartCommand> c = commandFor(e);
        c.ifPresent(command -> {
            e.consume();
            command.action().run();
        });
        return c.isPresent();
    }

    /** Titles grouped for the shortcut sheet, groups in registration order. */
    public Map<String, List<ChartCommand>> byGroup() {
        Map<String, List<ChartCommand>> groups = new LinkedHashMap<>();
        for (ChartCommand c : byId.values()) {
            groups.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c);
        }
        return groups;
    }
}
