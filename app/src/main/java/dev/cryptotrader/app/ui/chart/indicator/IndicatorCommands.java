package dev.cryptotrader.app.ui.chart.indicator;

import dev.cryptotrader.app.ui.chart.ChartCommand;
import dev.cryptotrader.app.ui.chart.ChartCommands;
import dev.cryptotrader.trading.indicators.IndicatorKind;
import dev.cryptotrader.trading.indicators.IndicatorSpec;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The indicator keys: Alt+1 … Alt+7 turn SMA, EMA, Bollinger, RSI, MACD, Stochastic and ATR on and off (in
 * {@link IndicatorKind} order), Alt+I opens the parameters dialog. Plain digits pick timeframes; Alt+letters T, H, V,
 * F and A belong to drawings and alerts.
 */
final class IndicatorCommands {

    static final String GROUP = "Indicators";

    private IndicatorCommands() {
    }

    static void register(ChartCommands commands, IndicatorsViewModel model, Consumer<IndicatorSpec> openEditor) {
        IndicatorKind[] kinds = IndicatorKind.values();
        for (int i = 0; i < kinds.length; i++) {
            IndicatorKind kind = kinds[i];
            commands.add(ChartCommand.of(id(kind), "Toggle " + kind.fullName(), GROUP, () -> model.toggle(kind),
                    key(KeyCode.valueOf("DIGIT" + (i + 1))), key(KeyCode.valueOf("NUMPAD" + (i + 1)))));
        }
        commands.add(ChartCommand.of("indicator.edit", "Edit indicator parameters", GROUP,
                () -> openEditor.accept(null), key(KeyCode.I)));
    }

    /** The command id of a kind's toggle, e.g. {@code indicator.toggle-rsi}. */
    static String id(IndicatorKind kind) {
        return "indicator.toggle-" + kind.textName().toLowerCase(Locale.ROOT);
    }

    private static KeyCombination key(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.ALT_DOWN);
    }
}
