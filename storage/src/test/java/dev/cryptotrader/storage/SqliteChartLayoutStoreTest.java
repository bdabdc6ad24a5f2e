package dev.cryptotrader.storage;

import dev.cryptotrader.trading.indicators.IndicatorSpec;
import dev.cryptotrader.trading.port.ChartLayout;
import dev.cryptotrader.trading.port.LoadedChartLayout;
import dev.cryptotrader.trading.port.LoadedChartLayout.RejectedIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class SqliteChartLayoutStoreTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("layouts.db");
    }

    static List<IndicatorSpec> specs(String... texts) {
        return List.of(texts).stream().map(IndicatorSpec::parse).toList();
    }

    static final ChartLayout MAIN = ChartLayout.of("main",
            specs("sma(20)", "ema(50)", "bb(20,2.5)", "rsi(14)", "macd(12,26,9)", "stoch(14,3)", "atr(14)"),
            List.of("price", "volume", "rsi(14)", "macd(12,26,9)"),
            Map.of("timeframe", "1h", "symbol", "bitfinex BTC/USD", "note", "wide = [1, 2]; ünïcode ✓"));

    @Test
    void aLayoutRoundTripsAndSurvivesARestart() {
        try (SqliteChartLayoutStore store = SqliteChartLayoutStore.open(file())) {
            store.save(MAIN);
        }

        try (SqliteChartLayoutStore store = SqliteChartLayoutStore.open(file())) {
            LoadedChartLayout loaded = store.load("main").orElseThrow();
            assertThat(loaded.layout()).isEqualTo(MAIN);
            assertThat(loaded.isComplete()).isTrue();
            assertThat(loaded.layout().indicators()).extracting(IndicatorSpec::text).containsExactly("sma(20)",
                    "ema(50)", "bb(20,2.5)", "rsi(14)", "macd(12,26,9)", "stoch(14,3)", "atr(14)");
            assertThat(store.names()).containsExactly("main");
        }
    }

    @Test
    void savingALayoutReplacesAllOfIt() throws Exception {
        ChartLayout smaller = ChartLayout.of("main", specs("rsi(14)"), List.of("price"), Map.of("timeframe", "5m"));
        try (SqliteChartLayoutStore store = SqliteChartLayoutStore.open(file())) {
            store.save(MAIN);
            store.save(ChartLayout.of("scalp", specs("ema(9)"), List.of(), Map.of()));

            store.save(smaller);

            assertThat(store.load(" main ").orElseThrow().layout()).isEqualTo(smaller);
            assertThat(store.load("scalp").orElseThrow().layout().indicators()).containsExactly(
                    IndicatorSpec.parse("ema(9)"));
        }
        assertThat(Sql.rows(file(), "SELECT layout, position, spec FROM chart_layout_indicators ORDER BY 1, 2"))
                .containsExactly("main|0|rsi(14)", "scalp|0|ema(9)");
        assertThat(Sql.rows(file(), "SELECT count(*) FROM chart_layout_settings")).containsExactly("1");
    }

    @Test
    void aStoredSpecThatNoLongerParsesIsNamedAndTheRestLoads() throws Exception {
        try (SqliteChartLayoutStore store = SqliteChartLayoutStore.open(file())) {
            store.save(MAIN);
        }
        Sql.execute(file(),
                "UPDATE chart_layout_indicators SET spec = 'smaa(20)' WHERE layout = 'main' AND position = 1",
                "UPDATE chart_layout_indicators SET spec = 'rsi(0)' WHERE layout = 'main' AND position = 3",
                "UPDATE chart_layout_indicators SET spec = 'SMA( 20 )' WHERE layout = 'main' AND position = 6");

        try (SqliteChartLayoutStore store = SqliteChartLayoutStore.open(file())) {
            LoadedChartLayout loaded = store.load("main").orElseThrow();

            assertThat(loaded.isComplete()).isFalse();
            assertThat(loaded.layout().indicators()).extracting(IndicatorSpec::text)
                    .containsExactly("sma(20)", "bb(20,2.5)", "macd(12,26,9)", "stoch(14,3)");
            assertThat(loaded.layout().panes()).isEqualTo(MAIN.panes());
            assertThat(loaded.layout().settings()).isEqualTo(MAIN.settings());
            assertThat(loaded.rejected()).extracting(RejectedIndicator::position, RejectedIndicator::text)
                    .containsExactly(tuple(2, "smaa(20)"),
                            tuple(4, "rsi(0)"),
                            tuple(7, "SMA( 20 )"));
            assertThat(loaded.problems()).satisfiesExactly(
                    p -> assertThat(p).startsWith("layout 'main': indicator 2 'smaa(20)' was left out: ")
                            .contains("unknown indicator 'smaa'"),
                    p -> assertThat(p).startsWith("layout 'main': indicator 4 'rsi(0)' was left out: ")
                            .contains("must be 1..10000, was 0"),
                    p -> assertThat(p).isEqualTo(
                            "layout 'main': indicator 7 'SMA( 20 )' was left out: it repeats indicator 1"));
        }
        assertThat(Sql.rows(file(), "SELECT count(*) FROM chart_layout_indicators"))
                .as("nothing is deleted by a load").containsExactly("7");
    }

    @Test
    void layoutsAreListedByNameAndCanBeDeleted() throws Exception {
        try (SqliteChartLayoutStore store = SqliteChartLayoutStore.open(file())) {
            store.save(ChartLayout.of("swing", specs("sma(200)"), List.of("price"), Map.of("k", "v")));
            store.save(MAIN);
            store.save(ChartLayout.of("empty", List.of(), List.of(), Map.of()));

            assertThat(store.names()).containsExactly("empty", "main", "swing");
            assertThat(store.load("empty").orElseThrow().layout().indicators()).isEmpty();
            assertThat(store.load("nope")).isEmpty();

            assertThat(store.delete("swing")).isTrue();
            assertThat(store.delete("swing")).isFalse();
            assertThat(store.names()).containsExactly("empty", "main");
            assertThat(store.load("swing")).isEmpty();
        }
        assertThat(Sql.rows(file(), "SELECT count(*) FROM chart_layout_panes WHERE layout = 'swing'"))
                .containsExactly("0");
        assertThat(Sql.rows(file(), "SELECT count(*) FROM chart_layout_settings WHERE layout = 'swing'"))
                .containsExactly("0");
    }

    @Test
    void anInvalidLayoutIsRefusedAndStoresNothing() {
        try (SqliteChartLayoutStore store = SqliteChartLayoutStore.open(file())) {
            assertThatThrownBy(() -> store.save(ChartLayout.of("", specs("sma(20)"), List.of(), Map.of())))
                    .hasMessage("layout name is empty");
            assertThatThrownBy(() -> IndicatorSpec.parse("sma(0)")).hasMessageContaining("was 0");

            assertThat(store.names()).isEmpty();
        }
    }
}
