package dev.cryptotrader.trading.config;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the config file's {@code "shortcuts"} section: a chart command's id and the keys the user wants for
 * it, as written ({@code "Alt+T"}; none to leave the command without a key). Which ids exist is only known to the
 * running chart, so the setting carries {@code where} it was written ({@code config.json, line 12,
 * shortcuts.drawing.trend-line}) for the error if the id turns out to be unknown.
 */
public record ShortcutSetting(String commandId, List<String> keys, String where) {

    public ShortcutSetting {
        Objects.requireNonNull(commandId, "commandId");
        keys = List.copyOf(keys);
        Objects.requireNonNull(where, "where");
    }
}
