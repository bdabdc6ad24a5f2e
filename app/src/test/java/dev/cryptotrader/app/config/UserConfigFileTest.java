package dev.cryptotrader.app.config;

import dev.cryptotrader.trading.config.SchedulerSettings;
import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.config.WatchlistEntry;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserConfigFileTest {

    static final Instrument BTC_USDT = Instrument.of("BTC", "USDT");

    @TempDir
    Path dir;

    private Path write(String json) throws Exception {
        Path file = dir.resolve("config.json");
        Files.writeString(file, json);
        return file;
    }

    /** Loading {@code json} fails with a message that names the file and then says {@code where}. */
    private void assertRejected(String json, String where, String problem) throws Exception {
        Path file = write(json);
        assertThatThrownBy(() -> UserConfigFile.load(file)).isInstanceOf(ConfigFileException.class)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + (where.isEmpty() ? "" : ", " + where) + ": ")
                .hasMessageContaining(problem);
        assertThat(Files.readString(file)).as("the user's file is never rewritten").isEqualTo(json);
    }

    @Test
    void noFileMeansTheDefaultsAndCreatesNothing() {
        Path file = dir.resolve("config.json");

        assertThat(UserConfigFile.load(file)).isEqualTo(UserConfig.defaults());
        assertThat(file).doesNotExist();
    }

    @Test
    void theFileLivesBesideTheDatabase() {
        assertThat(UserConfigFile.besideDatabase(dir.resolve("data/cryptotrader.db")))
                .isEqualTo(dir.resolve("data/config.json"));
    }

    @Test
    void aFullFileIsReadIntoTheModel() throws Exception {
        UserConfig config = UserConfigFile.load(write("""
                {
                  "exchanges": {
                    "Binance": {"rest_base_url": "https://testnet.binance.vision",
                                "ws_base_url": "wss://stream.testnet.binance.vision/ws",
                                "symbols": {"BTC/USDT": "BTCUSDT", "XBT/EUR": "XXBTZEUR"}},
                    "kucoin": {}
                  },
                  "watchlist": [
                    {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1m"},
                    {"exchange": "bitfinex", "symbol": "ETH/USD", "timeframe": "1h", "from": "2024-01-01"},
                    {"exchange": "kucoin", "symbol": "SOL-USDT", "timeframe": "5m", "from": "2024-02-01T12:00:00Z"}
                  ],
                  "scheduler": {"backfill_every": "10m", "backfill_jitter": "30s", "gap_repair_every": "12h",
                                "gap_repair_jitter": "0s", "backfill_history": "7d"}
                }
                """));

        assertThat(config.overridesFor(Exchange.BINANCE).restBaseUrl()).hasValue("https://testnet.binance.vision");
        assertThat(config.overridesFor(Exchange.BINANCE).wsBaseUrl())
                .hasValue("wss://stream.testnet.binance.vision/ws");
        assertThat(config.overridesFor(Exchange.BINANCE).symbols())
                .isEqualTo(Map.of(BTC_USDT, "BTCUSDT", Instrument.of("XBT", "EUR"), "XXBTZEUR"));
        assertThat(config.overridesFor(Exchange.KUCOIN).restBaseUrl()).isEmpty();
        assertThat(config.watchlist()).containsExactly(
                WatchlistEntry.of(new SeriesKey(Exchange.BINANCE, BTC_USDT, Timeframe.M1)),
                new WatchlistEntry(new SeriesKey(Exchange.BITFINEX, Instrument.of("ETH", "USD"), Timeframe.H1),
                        Optional.of(1_704_067_200_000L)),
                new WatchlistEntry(new SeriesKey(Exchange.KUCOIN, Instrument.of("SOL", "USDT"), Timeframe.M5),
                        Optional.of(1_706_788_800_000L)));
        assertThat(config.scheduler()).isEqualTo(new SchedulerSettings(Duration.ofMinutes(10),
                Duration.ofSeconds(30), Duration.ofHours(12), Duration.ZERO, Duration.ofDays(7)));
    }

    @Test
    void whatTheFileLeavesOutKeepsItsDefault() throws Exception {
        UserConfig config = UserConfigFile.load(write("""
                {"scheduler": {"backfill_every": "30m"}}"""));

        SchedulerSettings d = SchedulerSettings.defaults();
        assertThat(config.scheduler()).isEqualTo(new SchedulerSettings(Duration.ofMinutes(30), d.backfillJitter(),
                d.gapRepairEvery(), d.gapRepairJitter(), d.backfillHistory()));
        assertThat(config.watchlist()).isEmpty();
        assertThat(UserConfigFile.load(write("{}"))).isEqualTo(UserConfig.defaults());
    }

    @Test
    void malformedJsonIsReportedWithItsLine() throws Exception {
        assertRejected("""
                {
                  "watchlist": [
                    {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1m"},
                  ]
                }
                """, "line 4", "not valid JSON (column 3): Unexpected character (']'");
        assertRejected("{\n  \"watchlist\": [\n", "line 3", "not valid JSON (column 1): Unexpected end-of-input: "
                + "expected close marker for Array (opened on line 2)");
        assertRejected("{\"scheduler\": {},\n \"scheduler\": {}}", "line 2", "Duplicate field 'scheduler'");
        assertRejected("{}\n{}", "line 2", "more content after the end of the JSON document");
        assertRejected("{\"watchlist\": [}", "line 1", "not valid JSON (column 16): Unexpected close marker '}': "
                + "expected ']' (for Array starting on line 1)");
    }

    @Test
    void anEmptyFileOrAnotherKindOfDocumentIsRejected() throws Exception {
        assertRejected("  \n", "", "the file is empty; write a JSON object, at least {}");
        assertRejected("[]", "line 1", "must be a JSON object {...}, found an array");
    }

    @Test
    void anUnknownExchangeIsNamedWithItsKeyAndLine() throws Exception {
        assertRejected("""
                {
                  "exchanges": {
                    "binanse": {"rest_base_url": "https://x.example"}
                  }
                }""", "line 3, exchanges.binanse", "unknown exchange 'binanse'");
        assertRejected("""
                {"watchlist": [
                  {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1m"},
                  {"exchange": "coinbase", "symbol": "BTC/USD", "timeframe": "1m"}
                ]}""", "line 3, watchlist[1].exchange", "unknown exchange 'coinbase'");
    }

    @Test
    void aBadTimeframeIsNamedWithItsKeyAndLine() throws Exception {
        assertRejected("""
                {"watchlist": [
                  {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1m"},
                  {"exchange": "binance",
                   "symbol": "ETH/USDT",
                   "timeframe": "7m"}
                ]}""", "line 5, watchlist[1].timeframe", "timeframe '7m' is unknown; use one of [1m, 5m");
        assertRejected("""
                {"watchlist": [{"exchange": "binance", "symbol": "BTC/USDT", "timeframe": 5}]}""",
                "line 1, watchlist[0].timeframe", "must be a string in double quotes, found the number 5");
    }

    @Test
    void aBadUrlIsNamedWithItsKeyAndLine() throws Exception {
        assertRejected("""
                {"exchanges": {
                  "kucoin": {
                    "rest_base_url": "htps//api.kucoin.com"
                  }
                }}""", "line 3, exchanges.kucoin.rest_base_url",
                "'htps//api.kucoin.com' is not an http:// or https:// URL");
        assertRejected("""
                {"exchanges": {"bitfinex": {"ws_base_url": "https://api-pub.bitfinex.com/ws/2"}}}""",
                "line 1, exchanges.bitfinex.ws_base_url", "is not a ws:// or wss:// URL");
    }

    @Test
    void otherBadValuesAreNamedToo() throws Exception {
        assertRejected("""
                {"scheduler": {
                  "backfil_every": "15m"
                }}""", "line 2, scheduler.backfil_every", "unknown key 'backfil_every'; known keys here: "
                + "backfill_every, backfill_history, backfill_jitter, gap_repair_every, gap_repair_jitter");
        assertRejected("""
                {"scheduler": {"backfill_every": "15 minutes"}}""", "line 1, scheduler.backfill_every",
                "duration '15 minutes' is not understood");
        assertRejected("""
                {"scheduler": {"backfill_every": "5m", "backfill_jitter": "5m"}}""", "line 1, scheduler",
                "the backfill jitter must be at least 0 and shorter than its interval 5m, was 5m");
        assertRejected("""
                {"watchlist": [{"exchange": "binance", "symbol": "BTC", "timeframe": "1m"}]}""",
                "line 1, watchlist[0].symbol", "symbol 'BTC' has no separator");
        assertRejected("""
                {"watchlist": [{"exchange": "binance", "timeframe": "1m"}]}""", "line 1, watchlist[0]",
                "'symbol' is missing");
        assertRejected("""
                {"watchlist": [
                  {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1m", "from": "yesterday"}]}""",
                "line 2, watchlist[0].from", "'yesterday' is not a time");
        assertRejected("""
                {"watchlist": [
                  {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1m"},
                  {"exchange": "binance", "symbol": "BTCUSDT", "timeframe": "1m"}
                ]}""", "line 1, watchlist", "binance BTC/USDT 1m is on the watchlist twice");
        assertRejected("""
                {"exchanges": {"binance": {"symbols": {"BTC/USDT": "BTC USDT"}}}}""",
                "line 1, exchanges.binance.symbols.BTC/USDT", "must be one word");
    }

    @Test
    void theExampleIsWrittenOnlyWhenAskedAndNeverOverAnExistingFile() throws Exception {
        Path file = dir.resolve("sub/config.json");
        UserConfigFile.writeExample(file);

        UserConfig example = UserConfigFile.load(file);
        assertThat(example.scheduler()).isEqualTo(SchedulerSettings.defaults());
        assertThat(example.watchlist()).hasSize(1);

        Files.writeString(file, "{\"watchlist\": []}");
        assertThatThrownBy(() -> UserConfigFile.writeExample(file)).hasMessageContaining("already exists");
        assertThat(Files.readString(file)).isEqualTo("{\"watchlist\": []}");
    }
}
