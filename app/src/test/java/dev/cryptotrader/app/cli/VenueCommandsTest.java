package dev.cryptotrader.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.function.IntPredicate;

import static dev.cryptotrader.app.cli.FakeBinance.MINUTE;
import static org.assertj.core.api.Assertions.assertThat;

/** backfill, repair-gaps, symbols and status end to end: the real Binance adapter against a local fake Binance. */
class VenueCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00Z
    private static final SeriesKey KEY = new SeriesKey(Exchange.BINANCE, Instrument.of("BTC", "USDT"), Timeframe.M1);

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String db() {
        return dir.resolve("venue.db").toString();
    }

    private FakeBinance serve(int slots, IntPredicate noTrades) {
        FakeBinance binance = new FakeBinance(T0, slots, noTrades);
        server.setDispatcher(binance);
        return binance;
    }

    private CliRun cli(String command, String... args) {
        String[] common = {command, "--db", db(), "--base-url", server.url("/").toString()};
        String[] all = new String[common.length + args.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(args, 0, all, common.length, args.length);
        return CliRun.of(all);
    }

    private CliRun backfill(int toMinute, String... more) {
        String[] range = {"-e", "binance", "-s", "BTC/USDT", "-t", "1m", "--from", "2024-01-01",
                "--to", Long.toString(T0 + toMinute * MINUTE)};
        String[] all = new String[range.length + more.length];
        System.arraycopy(range, 0, all, 0, range.length);
        System.arraycopy(more, 0, all, range.length, more.length);
        return cli("backfill", all);
    }

    private List<Candle> stored() {
        try (SqliteCandleStore store = SqliteCandleStore.open(Path.of(db()))) {
            return store.readAll(KEY).toCandles();
        }
    }

    private static void assertSameBars(List<Candle> actual, List<Candle> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).sameValues(expected.get(i))).as("bar %d: %s vs %s", i, actual.get(i),
                    expected.get(i)).isTrue();
        }
    }

    @Test
    void backfillPagesThroughTheVenueAndStoresExactlyItsBars() throws Exception {
        FakeBinance binance = serve(2_500, i -> i % 400 == 7);

        CliRun run = backfill(2_500, "--json");

        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode summary = JSON.readTree(run.out());
        assertThat(summary.get("pages").asLong()).isEqualTo(3);
        assertThat(summary.get("bars_fetched").asLong()).isEqualTo(binance.history().size());
        assertThat(summary.get("inserted").asLong()).isEqualTo(binance.history().size());
        assertThat(summary.get("bars_confirmed_empty").asLong()).isEqualTo(2_500 - binance.history().size());
        assertThat(run.err()).contains("100%", "backfilled binance BTC/USDT 1m");
        assertThat(binance.klineRequests()).isEqualTo(3);
        assertSameBars(stored(), binance.history());
    }

    @Test
    void aSecondBackfillAsksForNothingAndALongerOneOnlyForTheNewBars() throws Exception {
        FakeBinance binance = serve(3_000, i -> false);
        assertThat(backfill(1_500).code()).isZero();
        int requests = binance.klineRequests();

        CliRun again = backfill(1_500, "--json");
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(JSON.readTree(again.out()).get("up_to_date").asBoolean()).isTrue();
        assertThat(binance.klineRequests()).isEqualTo(requests);

        CliRun longer = backfill(3_000, "--json");
        JsonNode summary = JSON.readTree(longer.out());
        assertThat(summary.get("inserted").asLong()).isEqualTo(1_500);
        assertThat(summary.get("unchanged").asLong()).isZero();
        assertThat(summary.get("fetched_spans").get(0).get("from").asText()).isEqualTo("2024-01-02T01:00:00Z");
        assertSameBars(stored(), binance.history());
    }

    @Test
    void repairGapsRefetchesLostBarsAndRemembersMinutesWithoutTrades() throws Exception {
        FakeBinance binance = serve(1_000, i -> i >= 300 && i < 310); // the venue never had 300-309
        List<Candle> lost = binance.history().stream()
                .filter(c -> c.openTime() == T0 + 100 * MINUTE || c.openTime() >= T0 + 700 * MINUTE
                        && c.openTime() < T0 + 720 * MINUTE).toList();
        try (SqliteCandleStore store = SqliteCandleStore.open(Path.of(db()))) {
            store.upsert(KEY, CandleSeries.of(binance.history().stream().filter(c -> !lost.contains(c)).toList()));
        }

        CliRun first = cli("repair-gaps", "-e", "binance", "-s", "BTC/USDT", "-t", "1m", "--json");

        assertThat(first.code()).as(first.toString()).isZero();
        JsonNode r = JSON.readTree(first.out());
        assertThat(r.get("gaps_found").asInt()).isEqualTo(3);
        assertThat(r.get("bars_refetched").asLong()).isEqualTo(21);
        assertThat(r.get("spans_confirmed_empty").asLong()).isEqualTo(1);
        assertThat(r.get("bars_confirmed_empty").asLong()).isEqualTo(10);
        assertThat(first.err()).contains("3 gaps (31 missing bars", "10 bars in 1 spans confirmed empty");
        assertSameBars(stored(), binance.history());
        int requests = binance.klineRequests();

        CliRun second = cli("repair-gaps", "-e", "binance", "-s", "BTC/USDT", "-t", "1m", "--json");

        JsonNode again = JSON.readTree(second.out());
        assertThat(binance.klineRequests()).as("confirmed-empty minutes are not asked for again").isEqualTo(requests);
        assertThat(again.get("bars_already_confirmed_empty").asLong()).isEqualTo(10);
        assertThat(again.get("bars_refetched").asLong()).isZero();

        CliRun gaps = CliRun.of("gaps", "--db", db(), "-e", "binance", "-s", "BTC/USDT", "-t", "1m", "--json");
        assertThat(JSON.readTree(gaps.out())).isEmpty();
        assertThat(gaps.err()).contains("10 more bars the exchange confirmed empty");
    }

    @Test
    void symbolsListsInstrumentsWithTheVenueSpelling() throws Exception {
        serve(0, i -> false);

        CliRun text = CliRun.of("symbols", "-e", "binance", "--base-url", server.url("/").toString());
        assertThat(text.code()).as(text.toString()).isZero();
        assertThat(text.out().lines().toList()).hasSize(2);
        assertThat(text.out()).containsPattern("BTC/USDT +BTCUSDT +trading").containsPattern("ETH/BTC +ETHBTC");

        CliRun json = CliRun.of("symbols", "-e", "binance", "--base-url", server.url("/").toString(), "--json");
        JsonNode list = JSON.readTree(json.out());
        assertThat(list.get(0).get("symbol").asText()).isEqualTo("BTC/USDT");
        assertThat(list.get(0).get("native").asText()).isEqualTo("BTCUSDT");
        assertThat(list.get(0).get("trading").asBoolean()).isTrue();
    }

    @Test
    void aVenueErrorExitsWithOneAndSaysWhatTheVenueSaid() {
        FakeBinance binance = serve(100, i -> false);
        binance.failKlines();

        CliRun run = backfill(100);

        assertThat(run.code()).as(run.toString()).isEqualTo(Cli.FAILURE);
        assertThat(run.err()).contains("error: binance", "-1121", "Invalid symbol", "nothing stored");
    }

    @Test
    void anUnreachableVenueExitsWithOne() {
        CliRun run = CliRun.of("symbols", "-e", "kucoin", "--base-url", "http://127.0.0.1:1/");

        assertThat(run.code()).as(run.toString()).isEqualTo(Cli.FAILURE);
        assertThat(run.err()).startsWith("error: kucoin");
    }

    @Test
    void badInputExitsWithTwoAndTouchesNoVenue() {
        FakeBinance binance = serve(100, i -> false);

        assertThat(cli("backfill", "-e", "coinbase", "-s", "BTC/USD", "-t", "1m", "--from", "2024-01-01").code())
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(backfill(100, "--to", "2023-01-01").code()).as("--to before --from").isEqualTo(Cli.BAD_INPUT);
        assertThat(cli("backfill", "-e", "binance", "-s", "BTC/USDT", "-t", "1m").code()).as("no --from")
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(cli("repair-gaps", "-e", "binance", "-s", "BTC/USDT", "-t", "1m").code()).as("nothing stored")
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(CliRun.of("symbols", "-e", "bitstamp").code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(binance.klineRequests()).isZero();
    }

    @Test
    void statusShowsTheStoreAndSaysWhatItCannotKnowAboutRateLimits() throws Exception {
        serve(100, i -> false);
        assertThat(backfill(100).code()).isZero();

        CliRun text = CliRun.of("status", "--db", db());
        assertThat(text.code()).as(text.toString()).isZero();
        assertThat(text.out()).contains("1 stored, 100 bars", "binance", "bitfinex", "kucoin",
                "has sent no requests");

        JsonNode json = JSON.readTree(CliRun.of("status", "--db", db(), "--json").out());
        assertThat(json.get("series").asInt()).isEqualTo(1);
        assertThat(json.get("rate_limits")).hasSize(3);
        assertThat(json.get("rate_limits").get(1).get("exchange").asText()).isEqualTo("binance");
        assertThat(json.get("rate_limits").get(1).get("budgets").get(0).get("used").asInt()).isZero();
    }

    @Test
    void everyVenueCommandHasHelp() {
        for (String command : new String[] {"backfill", "repair-gaps", "symbols", "status"}) {
            CliRun help = CliRun.of(command, "--help");
            assertThat(help.code()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: cryptotrader " + command);
        }
    }
}
