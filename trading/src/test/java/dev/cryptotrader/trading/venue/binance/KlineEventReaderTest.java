package dev.cryptotrader.trading.venue.binance;

import dev.cryptotrader.trading.venue.VenueFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kline fast path reads a frame exactly as the JSON-tree reading does, or leaves it to that reading: never a
 * different answer, never a frame accepted that the tree reading refuses.
 */
class KlineEventReaderTest {

    /** A kline event in the compact shape the live API sends. */
    private static final String COMPACT = "{\"e\":\"kline\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"k\":{"
            + "\"t\":1672515780000,\"T\":1672515839999,\"s\":\"BTCUSDT\",\"i\":\"1m\",\"f\":100,\"L\":200,"
            + "\"o\":\"43519.34000000\",\"c\":\"43520.10000000\",\"h\":\"43525.00000000\",\"l\":\"43500.01000000\","
            + "\"v\":\"12.34567000\",\"n\":101,\"x\":true,\"q\":\"537200.12345678\",\"V\":\"6.00000000\","
            + "\"Q\":\"261100.00000000\",\"B\":\"0\"}}";

    @Test
    void theRecordedEventTakesTheFastPathWithTheTreeReadingsResult() {
        String recorded = VenueFixtures.read("binance/DOCEX_ws_kline_event.json");

        BinanceWsFrames.Kline fast = KlineEventReader.read(recorded);

        assertThat(fast).isNotNull();
        assertSameKline(fast, (BinanceWsFrames.Kline) BinanceWsFrames.parseTree(recorded));
        assertThat(fast.cells()).containsExactly("1672515780000", "0.0010", "0.0025", "0.0015", "0.0020", "1000",
                "1672515839999", "1.0000", "100", "500", "0.500", "123456");
        assertThat(fast.closed()).isFalse();
    }

    @Test
    void theCompactLiveShapeTakesTheFastPath() {
        BinanceWsFrames.Kline fast = KlineEventReader.read(COMPACT);

        assertThat(fast).isNotNull();
        assertThat(fast.closed()).isTrue();
        assertThat(fast.symbol()).isEqualTo("BTCUSDT");
        assertThat(fast.interval()).isEqualTo("1m");
        assertSameKline(fast, (BinanceWsFrames.Kline) BinanceWsFrames.parseTree(COMPACT));
    }

    /** Numbers where Binance sends strings (and the reverse) still read as the tree reads them. */
    @ParameterizedTest
    @ValueSource(strings = {
            "\"o\":\"43519.34000000\"|\"o\":43519.34000000",
            "\"o\":\"43519.34000000\"|\"o\":4.351934E+4",
            "\"t\":1672515780000|\"t\":\"1672515780000\"",
            "\"n\":101|\"n\":-0",
            "\"n\":101|\"n\":123456789012345678901234567890",
            "\"B\":\"0\"|\"B\":null",
            "\"B\":\"0\"|\"B\":true",
    })
    void otherScalarTypesReadAsTheTreeReadsThem(String edit) {
        String frame = edited(edit);

        BinanceWsFrames.Kline fast = KlineEventReader.read(frame);

        assertThat(fast).isNotNull();
        assertSameKline(fast, (BinanceWsFrames.Kline) BinanceWsFrames.parseTree(frame));
    }

    /** Frames the fast path leaves alone; {@code parse} then answers (or refuses) exactly as the tree reading. */
    @ParameterizedTest
    @ValueSource(strings = {
            "\"i\":\"1m\"|\"i\":\"1m\",\"i\":\"5m\"", // a repeated field: refused
            "\"x\":true|\"x\":\"true\"", // x not a boolean: refused
            "\"t\":1672515780000,|", // no t: refused
            "\"t\":1672515780000|\"t\":null", // t null: refused
            "\"o\":\"43519.34000000\"|\"o\":[1]", // a container in a cell
            "\"B\":\"0\"|\"B\":\"0\",\"Z\":1", // a field Binance may add one day
            "\"E\":1672515782136|\"E\":{}", // a container at the top
            "\"e\":\"kline\"|\"e\":\"trade\"", // another event
            "}}|}} {}", // trailing tokens: refused
            "}}|}", // malformed: refused
            "{\"e\"|[{\"e\"", // not an object
    })
    void framesItDoesNotTakeGetTheTreeReadingsAnswer(String edit) {
        String frame = edited(edit);

        assertThat(KlineEventReader.read(frame)).isNull();
        assertThat(outcome(() -> BinanceWsFrames.parse(frame)))
                .isEqualTo(outcome(() -> BinanceWsFrames.parseTree(frame)));
    }

    @Test
    void repliesAndWrappedEventsAreLeftToTheTreeReading() {
        assertThat(KlineEventReader.read("{\"result\":null,\"id\":1}")).isNull();
        assertThat(KlineEventReader.read("{\"stream\":\"btcusdt@kline_1m\",\"data\":" + COMPACT + "}")).isNull();
        assertThat(KlineEventReader.read("")).isNull();
        assertThat(KlineEventReader.read(null)).isNull();
        assertThat(BinanceWsFrames.parse("{\"stream\":\"btcusdt@kline_1m\",\"data\":" + COMPACT + "}"))
                .isInstanceOfSatisfying(BinanceWsFrames.Kline.class, k -> assertThat(k.stream())
                        .isEqualTo("btcusdt@kline_1m"));
    }

    private static String edited(String edit) {
        String[] parts = edit.split("\\|", -1);
        assertThat(COMPACT).contains(parts[0]);
        return COMPACT.replace(parts[0], parts[1]);
    }

    private static void assertSameKline(BinanceWsFrames.Kline fast, BinanceWsFrames.Kline tree) {
        assertThat(fast.stream()).isEqualTo(tree.stream());
        assertThat(fast.symbol()).isEqualTo(tree.symbol());
        assertThat(fast.interval()).isEqualTo(tree.interval());
        assertThat(fast.closed()).isEqualTo(tree.closed());
        assertThat(fast.cells()).containsExactly(tree.cells());
    }

    /** A comparable account of what reading gave: the kline's parts, another frame, or the refusal's wording. */
    private static String outcome(java.util.function.Supplier<BinanceWsFrames.Frame> read) {
        try {
            BinanceWsFrames.Frame f = read.get();
            return f instanceof BinanceWsFrames.Kline k
                    ? "kline " + k.stream() + " " + k.symbol() + " " + k.interval() + " " + k.closed() + " "
                            + Arrays.toString(k.cells())
                    : f.toString();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
