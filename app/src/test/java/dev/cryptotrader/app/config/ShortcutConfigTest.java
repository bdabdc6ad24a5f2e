package dev.cryptotrader.app.config;

import dev.cryptotrader.app.ui.chart.ChartCommand;
import dev.cryptotrader.app.ui.chart.ChartCommands;
import dev.cryptotrader.app.ui.keys.KeyText;
import dev.cryptotrader.app.ui.keys.ShortcutOverrides;
import dev.cryptotrader.trading.config.ShortcutSetting;
import dev.cryptotrader.trading.config.UserConfig;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The config file's "shortcuts" section: read strictly, then applied to the chart's commands. */
class ShortcutConfigTest {

    private static final Path FILE = Path.of("/home/u/.local/share/cryptotrader/config.json");

    @Test
    void readsKeysPerCommandInFileOrderWithWhereEachWasWritten() {
        UserConfig config = UserConfigFile.parse(FILE, """
                {
                  "shortcuts": {
                    "drawing.trend-line": "Alt+Y",
                    "chart.zoom-in": ["Ctrl+Up", "Page Up"],
                    "chart.live": []
                  }
                }
                """);

        assertThat(config.shortcuts()).containsExactly(
                new ShortcutSetting("drawing.trend-line", List.of("Alt+Y"), FILE + ", line 3, shortcuts.drawing.trend-line"),
                new ShortcutSetting("chart.zoom-in", List.of("Ctrl+Up", "Page Up"), FILE + ", line 4, shortcuts.chart.zoom-in"),
                new ShortcutSetting("chart.live", List.of(), FILE + ", line 5, shortcuts.chart.live"));
        assertThat(UserConfigFile.parse(FILE, "{}").shortcuts()).isEmpty();
    }

    @Test
    void aBadKeyOrAKeyGivenTwiceNamesFileLineAndKey() {
        assertThatThrownBy(() -> UserConfigFile.parse(FILE, """
                {
                  "shortcuts": {
                    "chart.live": "Alt+Tee"
                  }
                }
                """)).isInstanceOf(ConfigFileException.class)
                .hasMessageStartingWith(FILE + ", line 3, shortcuts.chart.live: 'Alt+Tee': 'Tee' is not a key");
        assertThatThrownBy(() -> UserConfigFile.parse(FILE, """
                {
                  "shortcuts": {
                    "chart.live": "Hyper+L"
                  }
                }
                """)).hasMessageContaining("line 3, shortcuts.chart.live: 'Hyper+L': 'Hyper' is not a modifier");
        assertThatThrownBy(() -> UserConfigFile.parse(FILE, """
                {
                  "shortcuts": {
                    "chart.live": "Alt+L",
                    "chart.latest": "alt+l"
                  }
                }
                """)).hasMessage(FILE + ", line 4, shortcuts.chart.latest: key Alt+L is given twice, here and to "
                + "'chart.live'");
        assertThatThrownBy(() -> UserConfigFile.parse(FILE, """
                {"shortcuts": {"Chart Live": "L"}}
                """)).hasMessageContaining("'Chart Live' is not a command id");
        assertThatThrownBy(() -> UserConfigFile.parse(FILE, """
                {"shortcuts": {"chart.live": 5}}
                """)).hasMessageContaining("shortcuts.chart.live: must be a string");
    }

    @Test
    void keyTextIsStrictAndKnowsTheUsualSpellings() {
        assertThat(KeyText.parse("Alt+T")).isEqualTo(new KeyCodeCombination(KeyCode.T, KeyCombination.ALT_DOWN));
        assertThat(KeyText.parse("ctrl+shift+left")).isEqualTo(new KeyCodeCombination(KeyCode.LEFT,
                KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN));
        assertThat(KeyText.parse("Page Up")).isEqualTo(new KeyCodeCombination(KeyCode.PAGE_UP));
        assertThat(KeyText.parse("Del")).isEqualTo(new KeyCodeCombination(KeyCode.DELETE));
        assertThat(KeyText.parse("F1")).isEqualTo(new KeyCodeCombination(KeyCode.F1));
        assertThat(KeyText.parse("Ctrl++")).isEqualTo(new KeyCodeCombination(KeyCode.PLUS,
                KeyCombination.CONTROL_DOWN));
        assertThatThrownBy(() -> KeyText.parse("Alt+")).hasMessageContaining("ends in a modifier");
        assertThatThrownBy(() -> KeyText.parse(" ")).hasMessageContaining("empty");
        assertThatThrownBy(() -> KeyText.parse("Alt+Alt+T")).hasMessageContaining("twice");
    }

    @Test
    void overridesRebindSwapAndRefuseUnknownCommandsOrTakenKeys() {
        ChartCommands commands = new ChartCommands();
        commands.add(ChartCommand.of("a.one", "One", "G", () -> { }, KeyText.parse("Alt+1")));
        commands.add(ChartCommand.of("a.two", "Two", "G", () -> { }, KeyText.parse("Alt+2")));
        commands.add(ChartCommand.of("a.three", "Three", "G", () -> { }, KeyText.parse("Alt+3")));

        ShortcutOverrides.apply(commands, List.of(setting("a.one", "Alt+2"), setting("a.two", "Alt+1", "F9")));
        assertThat(commands.find("a.one").orElseThrow().keys()).containsExactly(KeyText.parse("Alt+2"));
        assertThat(commands.find("a.two").orElseThrow().keys())
                .containsExactly(KeyText.parse("Alt+1"), KeyText.parse("F9"));

        assertThatThrownBy(() -> ShortcutOverrides.apply(commands, List.of(setting("a.on", "F2"))))
                .hasMessage("config.json, line 7, shortcuts.a.on: there is no chart command 'a.on' (did you "
                        + "mean 'a.one'?); the shortcut sheet (?) lists them all");
        assertThatThrownBy(() -> ShortcutOverrides.apply(commands, List.of(setting("x.three", "F2"))))
                .hasMessageContaining("(did you mean 'a.three'?)");
        assertThatThrownBy(() -> ShortcutOverrides.apply(commands, List.of(setting("zzz", "F2"))))
                .hasMessage("config.json, line 7, shortcuts.zzz: there is no chart command 'zzz'; the shortcut "
                        + "sheet (?) lists them all");
        assertThatThrownBy(() -> ShortcutOverrides.apply(commands, List.of(setting("a.one", "F3"),
                setting("a.two", "Alt+3")))).hasMessage("config.json, line 7, shortcuts.a.two: key Alt+3 of "
                + "'a.two' is already taken by 'a.three'");
        assertThat(commands.find("a.one").orElseThrow().keys()).as("a failed apply changes nothing")
                .containsExactly(KeyText.parse("Alt+2"));
    }

    private static ShortcutSetting setting(String id, String... keys) {
        return new ShortcutSetting(id, List.of(keys), "config.json, line 7, shortcuts." + id);
    }
}
