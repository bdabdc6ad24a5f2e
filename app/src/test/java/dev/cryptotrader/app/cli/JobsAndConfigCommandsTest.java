package dev.cryptotrader.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cryptotrader.storage.SqliteCandleStore;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static dev.cryptotrader.app.cli.FakeBinance.MINUTE;
import static org.assertj.core.api.Assertions.assertThat;

/** jobs and config end to end, with the venue settings and the watchlist coming from config.json beside the DB. */
class JobsAndConfigCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SeriesKey KEY = new SeriesKey(Exchange.BINANCE, Instrument.of("BTC", "USDT"), Timeframe.M1);
    /** The fake's history ends at the last closed minute, so a run fetches it in one page. */
    private static final long T0 = (System.currentTimeMillis() / MINUTE - 100) * MINUTE;

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private FakeBinance binance;

    @BeforeEach
    void start() throws Exception {
        server.start();
        binance = new FakeBinance(T0, 100, i -> false);
        server.setDispatcher(binance);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String db() {
        return dir.resolve("jobs.db").toString();
    }

    private void config(String json) throws Exception {
        Files.writeString(dir.resolve("config.json"), json);
    }

    private void watchBtcOnTheFake() throws Exception {
        config("""
                {
                  "exchanges": {"binance": {"rest_base_url": "%s"}},
                  "watchlist": [{"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "1m", "from": "%s"}]
                }""".formatted(server.url("/"), Instant.ofEpochMilli(T0)));
    }

    @Test
    void jobsListsEveryWatchlistJobBeforeAnythingHasRun() throws Exception {
        watchBtcOnTheFake();

        CliRun text = CliRun.of("jobs", "--db", db());
        assertThat(text.code()).as(text.toString()).isZero();
        assertThat(text.out().lines().toList()).hasSize(3);
        assertThat(text.out()).containsPattern("KIND +SERIES +EVERY +LAST RUN +OUTCOME +NEXT DUE")
                .containsPattern("backfill +binance BTC/USDT 1m +15m ±2m +never +- +at the scheduler's first start")
                .containsPattern("gap-repair +binance BTC/USDT 1m +6h ±15m +never");

        JsonNode json = JSON.readTree(CliRun.of("jobs", "--db", db(), "--json").out());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).get("kind").asText()).isEqualTo("backfill");
        assertThat(json.get(0).get("symbol").asText()).isEqualTo("BTC/USDT");
        assertThat(json.get(0).get("every").asText()).isEqualTo("15m");
        assertThat(json.get(0).get("last_run").isNull()).isTrue();
        assertThat(json.get(1).get("kind").asText()).isEqualTo("gap-repair");
        assertThat(binance.klineRequests()).as("listing asks no venue").isZero();
    }

    @Test
    void runDueRunsTheJobsThroughTheConfiguredVenueAndTheRunsArePersisted() throws Exception {
        watchBtcOnTheFake();

        CliRun run = CliRun.of("jobs", "--db", db(), "--run-due", "--json");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.err()).contains("running backfill binance BTC/USDT 1m", "running gap-repair");
        JsonNode backfill = JSON.readTree(run.out()).get(0);
        JsonNode last = backfill.get("last_run");
        assertThat(last.get("outcome").asText()).isEqualTo("ok");
        assertThat(last.get("bars_fetched").asLong()).isEqualTo(binance.history().size());
        long started = Instant.parse(last.get("started_at").asText()).toEpochMilli();
        long due = Instant.parse(backfill.get("next_due").asText()).toEpochMilli();
        assertThat(due - started).isBetween(13 * MINUTE, 17 * MINUTE);
        assertThat(JSON.readTree(run.out()).get(1).get("last_run").get("message").asText()).isEqualTo("no gaps");
        try (SqliteCandleStore store = SqliteCandleStore.open(Path.of(db()))) {
            assertThat(store.info(KEY).orElseThrow().barCount()).isEqualTo(binance.history().size());
        }
        int requests = binance.klineRequests();

        CliRun again = CliRun.of("jobs", "--db", db(), "--run-due");
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(binance.klineRequests()).as("nothing is due yet").isEqualTo(requests);
        assertThat(again.err()).doesNotContain("running");
        assertThat(again.out()).containsPattern("backfill +binance BTC/USDT 1m +15m ±2m +\\S+Z +ok +\\S+Z")
                .containsPattern(" ok +\\S+ +100 bars  100 bars in 1 pages: 100 new");
    }

    @Test
    void aFailingJobIsRecordedWithTheVenuesMessageAndTheRunExitsWithOne() throws Exception {
        watchBtcOnTheFake();
        binance.failKlines();

        CliRun run = CliRun.of("jobs", "--db", db(), "--run-due", "--json");

        assertThat(run.code()).as(run.toString()).isEqualTo(Cli.FAILURE);
        JsonNode last = JSON.readTree(run.out()).get(0).get("last_run");
        assertThat(last.get("outcome").asText()).isEqualTo("failed");
        assertThat(last.get("message").asText()).contains("binance", "-1121", "Invalid symbol");
        assertThat(JSON.readTree(run.out()).get(1).get("last_run").get("outcome").asText())
                .as("the repair still ran").isEqualTo("ok");
        assertThat(run.err()).contains("1 of 2 jobs failed");
    }

    @Test
    void anEmptyWatchlistSaysSo() throws Exception {
        CliRun run = CliRun.of("jobs", "--db", db(), "--json");

        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(JSON.readTree(run.out())).isEmpty();
        assertThat(run.err()).contains("the watchlist in " + dir.resolve("config.json") + " is empty");
    }

    @Test
    void aBrokenConfigFileStopsTheCommandsAndSaysWhere() throws Exception {
        config("""
                {"watchlist": [
                  {"exchange": "binance", "symbol": "BTC/USDT", "timeframe": "2m"}
                ]}""");

        for (String[] args : new String[][] {{"jobs"}, {"config"},
                {"backfill", "-e", "binance", "-s", "BTC/USDT", "-t", "1m", "--from", "2024-01-01",
                        "--base-url", server.url("/").toString()}}) {
            CliRun run = CliRun.of(concat(args, "--db", db()));
            assertThat(run.code()).as(run.toString()).isEqualTo(Cli.BAD_INPUT);
            assertThat(run.err()).contains("error: " + dir.resolve("config.json") + ", line 2, "
                    + "watchlist[0].timeframe: timeframe '2m' is unknown");
        }
        assertThat(binance.klineRequests()).isZero();
    }

    @Test
    void venueCommandsUseTheFilesBaseUrlAndTheFlagWinsOverIt() throws Exception {
        config("""
                {"exchanges": {"binance": {"rest_base_url": "%s"}}}""".formatted(server.url("/")));
        CliRun fromFile = CliRun.of("symbols", "-e", "binance", "--db", db());
        assertThat(fromFile.code()).as(fromFile.toString()).isZero();
        assertThat(fromFile.out()).contains("BTCUSDT");

        config("""
                {"exchanges": {"binance": {"rest_base_url": "http://127.0.0.1:1/"}}}""");
        assertThat(CliRun.of("symbols", "-e", "binance", "--db", db()).code()).isEqualTo(Cli.FAILURE);
        CliRun flagWins = CliRun.of("symbols", "-e", "binance", "--db", db(), "--base-url", server.url("/").toString());
        assertThat(flagWins.code()).as(flagWins.toString()).isZero();
    }

    @Test
    void aConfigFileNamedOnTheCommandLineMustExist() {
        CliRun run = CliRun.of("jobs", "--db", db(), "--config", dir.resolve("nope.json").toString());

        assertThat(run.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains("nope.json: no such file");
    }

    @Test
    void configShowsTheSettingsInForceAndInitWritesAnExampleOnlyOnce() throws Exception {
        CliRun defaults = CliRun.of("config", "--db", db());
        assertThat(defaults.code()).as(defaults.toString()).isZero();
        assertThat(defaults.out()).contains("(not there: the defaults apply)",
                "scheduler   backfill every 15m ±2m, gap repair every 6h ±15m, first backfill 30d back",
                "fees        bitfinex  maker 10 bps, taker 20 bps");
        assertThat(dir.resolve("config.json")).doesNotExist();

        CliRun init = CliRun.of("config", "--db", db(), "--init", "--json");
        assertThat(init.code()).as(init.toString()).isZero();
        JsonNode json = JSON.readTree(init.out());
        assertThat(json.get("exists").asBoolean()).isTrue();
        assertThat(json.get("watchlist").get(0).get("symbol").asText()).isEqualTo("BTC/USDT");
        assertThat(json.get("scheduler").get("gap_repair_every").asText()).isEqualTo("6h");
        assertThat(json.get("fees").get("binance").get("taker_bps").asDouble()).isEqualTo(10);

        Files.writeString(dir.resolve("config.json"), "{}");
        CliRun again = CliRun.of("config", "--db", db(), "--init");
        assertThat(again.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(again.err()).contains("already exists; it was left as it is");
        assertThat(Files.readString(dir.resolve("config.json"))).isEqualTo("{}");
    }

    @Test
    void bothCommandsHaveHelp() {
        for (String command : new String[] {"jobs", "config"}) {
            CliRun help = CliRun.of(command, "--help");
            assertThat(help.code()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: cryptotrader " + command);
        }
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
