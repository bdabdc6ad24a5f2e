package dev.cryptotrader.storage;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.drawing.Anchor;
import dev.cryptotrader.trading.drawing.Drawing;
import dev.cryptotrader.trading.drawing.DrawingHistory;
import dev.cryptotrader.trading.drawing.DrawingKind;
import dev.cryptotrader.trading.drawing.DrawingStyle;
import dev.cryptotrader.trading.domain.SymbolKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.cryptotrader.storage.Bars.BTC_1M;
import static dev.cryptotrader.storage.Bars.ETH_1M;
import static dev.cryptotrader.storage.Bars.MINUTE;
import static dev.cryptotrader.storage.Bars.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqliteDrawingStoreTest {

    static final SymbolKey BTC = SymbolKey.of(BTC_1M);
    static final SymbolKey ETH = SymbolKey.of(ETH_1M);

    /** Prices that a double would not keep: 18 decimals, 15 integer digits with 9 decimals, a trailing-zero form. */
    static final Map<DrawingKind, List<Anchor>> ANCHORS = Map.of(
            DrawingKind.TREND_LINE, List.of(Anchor.of(T0, "37123.45"), Anchor.of(T0 + 90 * MINUTE, "38000.10")),
            DrawingKind.HORIZONTAL_LINE, List.of(Anchor.of(T0, "0.000000000000000001")),
            DrawingKind.VERTICAL_LINE, List.of(Anchor.of(T0 + 7 * MINUTE, "36999.99")),
            DrawingKind.RAY, List.of(Anchor.of(T0, "123456789012345.123456789"), Anchor.of(T0 + MINUTE, "0.1")),
            DrawingKind.RECTANGLE, List.of(Anchor.of(T0, "36000"), Anchor.of(T0 + 60 * MINUTE, "36500.5")),
            DrawingKind.FIB_RETRACEMENT, List.of(Anchor.of(T0, "35000.01"), Anchor.of(T0 + 5 * MINUTE, "39000.99")),
            DrawingKind.TEXT_NOTE, List.of(Anchor.of(T0 + 3 * MINUTE, "37000.333333333333333333")));

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("drawings.db");
    }

    static Drawing drawing(SymbolKey symbol, DrawingKind kind, int order) {
        String text = kind == DrawingKind.TEXT_NOTE ? "breakout\nabove 37k?" : kind == DrawingKind.RAY ? "ray" : "";
        return Drawing.create(symbol, kind, ANCHORS.get(kind), text, new DrawingStyle("#ff9800", 1 + order % 3),
                T0 + order);
    }

    static List<Drawing> oneOfEachKind(SymbolKey symbol) {
        List<Drawing> all = new ArrayList<>();
        for (DrawingKind kind : DrawingKind.values()) {
            all.add(drawing(symbol, kind, kind.ordinal()));
        }
        return all;
    }

    @Test
    void everyKindRoundTripsExactlyAndSurvivesARestart() {
        List<Drawing> saved = oneOfEachKind(BTC);
        try (SqliteDrawingStore store = SqliteDrawingStore.open(file())) {
            saved.forEach(store::save);
            assertThat(store.list(BTC)).containsExactlyElementsOf(saved);
        }

        try (SqliteDrawingStore store = SqliteDrawingStore.open(file())) {
            List<Drawing> read = store.list(BTC);
            assertThat(read).containsExactlyElementsOf(saved);
            assertThat(read).extracting(Drawing::kind).containsExactly(DrawingKind.values());
            assertThat(read.get(3).anchors().getFirst().price().toPlainString())
                    .isEqualTo("123456789012345.123456789");
            assertThat(read.get(1).anchors().getFirst().price()).isEqualTo(new BigDecimal("1E-18"));
            assertThat(read.get(0).anchors().get(1).price().toPlainString()).isEqualTo("38000.1");
            assertThat(read.get(6).text()).isEqualTo("breakout\nabove 37k?");
            assertThat(store.find(saved.get(4).id())).contains(saved.get(4));
        }
        assertThat(sql("SELECT price1 FROM drawings WHERE kind = 'ray'"))
                .as("stored as exact text").containsExactly("123456789012345.123456789");
        assertThat(sql("SELECT DISTINCT typeof(price1) || typeof(price2) FROM drawings ORDER BY 1"))
                .containsExactly("textnull", "texttext");
    }

    @Test
    void aSymbolsDrawingsShowOnEveryTimeframeAndNowhereElse() {
        try (SqliteDrawingStore store = SqliteDrawingStore.open(file())) {
            Drawing btcLine = drawing(BTC, DrawingKind.HORIZONTAL_LINE, 0);
            Drawing ethNote = drawing(ETH, DrawingKind.TEXT_NOTE, 1);
            store.save(btcLine);
            store.save(ethNote);

            for (Timeframe tf : Timeframe.values()) {
                assertThat(store.list(SymbolKey.of(BTC_1M.withTimeframe(tf)))).as(tf.label()).containsExactly(btcLine);
                assertThat(store.list(SymbolKey.of(ETH_1M.withTimeframe(tf)))).as(tf.label()).containsExactly(ethNote);
            }
            assertThat(store.list(new SymbolKey(Exchange.BINANCE, Instrument.of("BTC", "USD"))))
                    .as("the same pair on another exchange").isEmpty();
            assertThat(store.list(new SymbolKey(Exchange.BITFINEX, Instrument.of("BTC", "USDT"))))
                    .as("another quote").isEmpty();
        }
    }

    @Test
    void saveUpdatesByIdAndDeleteRemoves() {
        try (SqliteDrawingStore store = SqliteDrawingStore.open(file())) {
            Drawing box = drawing(BTC, DrawingKind.RECTANGLE, 0);
            store.save(box);
            Drawing moved = box.movedBy(-MINUTE, new BigDecimal("-100.25"), T0 + 99)
                    .withStyle(new DrawingStyle("red", 4), T0 + 100).withText("range", T0 + 100);

            store.save(moved);

            assertThat(store.list(BTC)).containsExactly(moved);
            assertThat(moved.anchors().get(1).price()).isEqualByComparingTo("36400.25");
            assertThat(store.delete(box.id())).isTrue();
            assertThat(store.delete(box.id())).isFalse();
            assertThat(store.find(box.id())).isEmpty();
            assertThat(store.list(BTC)).isEmpty();
        }
    }

    @Test
    void createMoveDeleteUndoAndRedoOfEveryKindAreFoundAfterARestart() {
        List<Drawing> originals = oneOfEachKind(BTC);
        List<UUID> deleted = new ArrayList<>();
        try (SqliteDrawingStore store = SqliteDrawingStore.open(file())) {
            DrawingHistory history = new DrawingHistory(store);
            for (Drawing d : originals) {
                history.create(d);
                history.change(d.movedBy(MINUTE, BigDecimal.ONE, T0 + 1_000));
                history.delete(d.id());
                deleted.add(d.id());
                history.undo(); // the delete: back under its own id, moved
                history.undo(); // the move
                history.redo(); // the move again
            }
            assertThat(store.list(BTC)).extracting(Drawing::id).containsExactlyElementsOf(deleted);
        }

        try (SqliteDrawingStore store = SqliteDrawingStore.open(file())) {
            assertThat(store.list(BTC)).containsExactlyElementsOf(
                    originals.stream().map(d -> d.movedBy(MINUTE, BigDecimal.ONE, T0 + 1_000)).toList());
        }
    }

    @Test
    void deleteThenUndoRestoresTheSameIdAndValues() {
        Drawing fib = drawing(BTC, DrawingKind.FIB_RETRACEMENT, 0);
        try (SqliteDrawingStore store = SqliteDrawingStore.open(file())) {
            DrawingHistory history = new DrawingHistory(store);
            history.create(fib);
            history.delete(fib.id());
            assertThat(store.list(BTC)).isEmpty();

            history.undo();

            assertThat(store.find(fib.id())).contains(fib);
        }
        try (SqliteDrawingStore store = SqliteDrawingStore.open(file())) {
            assertThat(store.list(BTC)).containsExactly(fib);
        }
    }

    @Test
    void badInputIsRefusedClearlyAndStoresNothing() {
        try (SqliteDrawingStore store = SqliteDrawingStore.open(file())) {
            assertThatThrownBy(() -> store.save(Drawing.create(BTC, DrawingKind.TREND_LINE,
                    List.of(Anchor.of(T0, "100")), T0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a trend line needs 2 anchor points, got 1");
            assertThatThrownBy(() -> store.save(Drawing.create(BTC, DrawingKind.HORIZONTAL_LINE,
                    List.of(Anchor.of(T0, "-37000")), T0)))
                    .hasMessage("anchor price -37000 is not a positive price");
            assertThatThrownBy(() -> store.save(Drawing.create(BTC, DrawingKind.HORIZONTAL_LINE,
                    List.of(Anchor.of(T0, "1e300")), T0)))
                    .hasMessage("anchor price 1E+300 is above the largest price 1000000000000000");
            assertThatThrownBy(() -> store.save(Drawing.create(BTC, DrawingKind.TEXT_NOTE,
                    List.of(Anchor.of(T0, "100")), "   ", DrawingStyle.DEFAULT, T0)))
                    .hasMessage("a text note needs some text");

            assertThat(store.list(BTC)).isEmpty();
        }
    }

    @Test
    void theSchemaRefusesRowsNoDrawingCouldBe() throws Exception {
        SqliteDrawingStore.open(file()).close();
        String head = "INSERT INTO drawings VALUES ('" + UUID.randomUUID() + "', 'bitfinex', 'BTC/USD', ";
        String tail = ", '', 'red', 1, 0, 0)";

        assertThatThrownBy(() -> Sql.execute(file(), head + "'ray', 0, '1', NULL, NULL" + tail))
                .as("a ray with one point").hasMessageContaining("CHECK constraint failed");
        assertThatThrownBy(() -> Sql.execute(file(), head + "'vertical-line', 0, '1', 5, '2'" + tail))
                .as("a vertical line with two points").hasMessageContaining("CHECK constraint failed");
        assertThatThrownBy(() -> Sql.execute(file(), head + "'horizontal-line', 0, 1e20, NULL, NULL" + tail))
                .as("a REAL price, which SQLite would write as 1.0e+20")
                .hasMessageContaining("CHECK constraint failed");
        assertThatThrownBy(() -> Sql.execute(file(), head + "'horizontal-line', 0, '1e5', NULL, NULL" + tail))
                .as("an exponent").hasMessageContaining("CHECK constraint failed");
        assertThatThrownBy(() -> Sql.execute(file(), head + "'circle', 0, '1', NULL, NULL" + tail))
                .hasMessageContaining("CHECK constraint failed");
        assertThat(Sql.rows(file(), "SELECT count(*) FROM drawings")).containsExactly("0");
    }

    @Test
    void aHandEditedRowThatIsNoLongerValidIsLeftOutAndKept() throws Exception {
        Drawing good = drawing(BTC, DrawingKind.VERTICAL_LINE, 0);
        Drawing damaged = drawing(BTC, DrawingKind.HORIZONTAL_LINE, 1);
        try (SqliteDrawingStore store = SqliteDrawingStore.open(file())) {
            store.save(good);
            store.save(damaged);
        }
        Sql.execute(file(), "UPDATE drawings SET price1 = '0' WHERE id = '" + damaged.id() + "'");

        try (SqliteDrawingStore store = SqliteDrawingStore.open(file())) {
            assertThat(store.list(BTC)).containsExactly(good);
            assertThat(store.find(damaged.id())).isEmpty();
        }
        assertThat(Sql.rows(file(), "SELECT count(*) FROM drawings")).containsExactly("2");
    }

    @Test
    void drawingsShareTheFileWithTheCandles() {
        try (SqliteCandleStore candles = SqliteCandleStore.open(file());
             SqliteDrawingStore drawings = SqliteDrawingStore.open(file())) {
            candles.upsert(BTC_1M, Bars.walk(0, 10, 5));
            drawings.save(drawing(BTC, DrawingKind.RAY, 0));

            assertThat(candles.info(BTC_1M).orElseThrow().barCount()).isEqualTo(10);
            assertThat(drawings.list(BTC)).hasSize(1);
        }
    }

    @Test
    void aClosedStoreSaysSo() {
        SqliteDrawingStore store = SqliteDrawingStore.open(file());
        store.close();
        store.close();

        assertThatThrownBy(() -> store.list(BTC)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    private List<String> sql(String sql) {
        try {
            return Sql.rows(file(), sql);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
