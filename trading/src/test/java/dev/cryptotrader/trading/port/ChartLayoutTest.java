package dev.cryptotrader.trading.port;

import dev.cryptotrader.trading.indicators.IndicatorSpec;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartLayoutTest {

    static List<IndicatorSpec> specs(String... texts) {
        return List.of(texts).stream().map(IndicatorSpec::parse).toList();
    }

    @Test
    void aLayoutKeepsItsOrderAndSortsItsSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("timeframe", "1h");
        settings.put("log-scale", "false");

        ChartLayout layout = ChartLayout.of(" main ", specs("sma(20)", "bb(20,2)", "rsi(14)"),
                List.of("price", "rsi(14)", "volume"), settings);

        assertThat(layout.name()).isEqualTo("main");
        assertThat(layout.indicators()).extracting(IndicatorSpec::text).containsExactly("sma(20)", "bb(20,2)",
                "rsi(14)");
        assertThat(layout.settings().keySet()).containsExactly("log-scale", "timeframe");
    }

    @Test
    void badLayoutsAreRefusedClearly() {
        assertThatThrownBy(() -> ChartLayout.of(" ", specs(), List.of(), Map.of())).hasMessage("layout name is empty");
        assertThatThrownBy(() -> ChartLayout.of("x".repeat(65), specs(), List.of(), Map.of()))
                .hasMessageContaining("use 1-64 printable characters");
        assertThatThrownBy(() -> ChartLayout.of("main", specs("sma(20)", "SMA( 20 )"), List.of(), Map.of()))
                .hasMessage("indicator sma(20) is in layout 'main' twice");
        assertThatThrownBy(() -> ChartLayout.of("main", specs(), List.of("rsi", "rsi"), Map.of()))
                .hasMessage("pane rsi is in layout 'main' twice");
        assertThatThrownBy(() -> ChartLayout.of("main", specs(), List.of("bad\tname"), Map.of()))
                .hasMessageContaining("pane name 'bad\tname' is invalid");
        assertThatThrownBy(() -> ChartLayout.of("main", specs(), List.of(), Map.of("note", "x".repeat(1_001))))
                .hasMessage("setting 'note' is 1001 characters long; at most 1000 are kept");
        assertThatThrownBy(() -> ChartLayout.of("main", specs(), List.of(), Map.of("a", "1", " a", "2")))
                .hasMessage("setting 'a' is given twice");
    }
}
