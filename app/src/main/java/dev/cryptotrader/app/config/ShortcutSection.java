package dev.cryptotrader.app.config;

import dev.cryptotrader.app.ui.keys.KeyText;
import dev.cryptotrader.trading.config.ShortcutSetting;
import javafx.scene.input.KeyCombination;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code "shortcuts"} section: command id to a key ({@code "Alt+T"}) or a list of keys ({@code []} for none).
 * Checked here, with file and line: the id's spelling, each key ({@link KeyText}) and that no key is given twice.
 * Whether the ids exist is checked when the keys are applied to the chart, which knows its commands.
 */
final class ShortcutSection {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

    private ShortcutSection() {
    }

    static List<ShortcutSetting> read(ConfigNode section) {
        List<ShortcutSetting> settings = new ArrayList<>();
        Map<KeyCombination, String> owners = new HashMap<>();
        section.map().forEach((id, value) -> {
            if (!ID.matcher(id).matches()) {
                throw value.problem("'" + id + "' is not a command id; ids look like \"drawing.trend-line\" "
                        + "(the shortcut sheet, ?, lists them)");
            }
            List<ConfigNode> keyNodes = value.isArray() ? value.array() : List.of(value);
            List<String> keys = new ArrayList<>();
            for (ConfigNode keyNode : keyNodes) {
                String text = keyNode.text();
                KeyCombination key = keyNode.as(KeyText::parse);
                String owner = owners.putIfAbsent(key, id);
                if (owner != null) {
                    throw keyNode.problem("key " + key.getDisplayText() + " is given twice"
                            + (owner.equals(id) ? "" : ", here and to '" + owner + "'"));
                }
                keys.add(text);
            }
            settings.add(new ShortcutSetting(id, keys, value.where()));
        });
        return settings;
    }
}
