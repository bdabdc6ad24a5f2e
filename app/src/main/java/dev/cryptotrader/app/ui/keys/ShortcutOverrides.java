package dev.cryptotrader.app.ui.keys;

import dev.cryptotrader.app.ui.chart.ChartCommand;
import dev.cryptotrader.app.ui.chart.ChartCommands;
import dev.cryptotrader.trading.config.ShortcutSetting;
import javafx.scene.input.KeyCombination;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Puts the user's keys from the config file's {@code "shortcuts"} section onto the chart's commands. All rebound
 * commands first give up their default keys, so two commands can swap keys; a key that still belongs to a command
 * the user did not rebind is refused. Any problem names the file, line and key of the setting, and nothing is changed
 * unless every setting applies.
 */
public final class ShortcutOverrides {

    private ShortcutOverrides() {
    }

    /** Applies {@code settings} to {@code commands}; throws (changing nothing) if one cannot apply. */
    public static void apply(ChartCommands commands, List<ShortcutSetting> settings) {
        Map<String, List<KeyCombination>> before = commands.all().stream()
                .collect(Collectors.toMap(ChartCommand::id, ChartCommand::keys));
        for (ShortcutSetting s : settings) {
            if (commands.find(s.commandId()).isEmpty()) {
                throw new IllegalArgumentException(s.where() + ": there is no chart command '" + s.commandId()
                        + "'" + suggestion(commands, s.commandId()) + "; the shortcut sheet (?) lists them all");
            }
        }
        try {
            for (ShortcutSetting s : settings) {
                commands.rebind(s.commandId(), List.of());
            }
            for (ShortcutSetting s : settings) {
                try {
                    commands.rebind(s.commandId(), s.keys().stream().map(KeyText::parse).toList());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(s.where() + ": " + e.getMessage(), e);
                }
            }
        } catch (IllegalArgumentException e) {
            before.forEach((id, keys) -> commands.rebind(id, List.of())); // undo in two passes, as above
            before.forEach(commands::rebind);
            throw e;
        }
    }

    private static String suggestion(ChartCommands commands, String id) {
        String tail = id.contains(".") ? id.substring(id.lastIndexOf('.') + 1) : id;
        Optional<String> near = commands.all().stream().map(ChartCommand::id)
                .filter(known -> known.endsWith("." + tail) || known.startsWith(id)).findFirst();
        return near.map(n -> " (did you mean '" + n + "'?)").orElse("");
    }
}
