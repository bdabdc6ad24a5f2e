package dev.cryptotrader.app.cli;

import dev.cryptotrader.storage.SqliteCoverageLedger;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;
import dev.cryptotrader.trading.marketdata.exchange.Subscription;
import dev.cryptotrader.trading.marketdata.live.Backoff;
import dev.cryptotrader.trading.marketdata.live.LiveCandleService;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.venue.VenueConfig;
import dev.cryptotrader.trading.venue.Venues;
import dev.cryptotrader.trading.venue.stream.StreamSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

@Command(name = "stream",
        description = {"Stream live candles from the exchange's WebSocket into the store and print every closed candle "
                + "as one JSON line on stdout; connection news goes to stderr.",
                "After any disconnect it reconnects with backoff, subscribes again and fetches the missed bars over "
                + "REST from the last stored bar, so the stored series has no gap. Bars that closed before the start "
                + "are caught up and stored but not printed. Ctrl-C stops."})
final class StreamCommand extends StoreCommand {

    @Mixin
    SeriesOptions series;

    @Mixin
    VenueOptions venue;

    @Option(names = "--ws-url", paramLabel = "URL",
            description = "WebSocket root of the venue, for a testnet or a local fake (default: the venue's own; "
                    + "for KuCoin it replaces the server named by the token)")
    String wsUrl;

    @Option(names = "--duration", paramLabel = "D", converter = DurationArgument.class,
            description = "Stop after this long: 60s, 5m, 2h or PT1M (default: until Ctrl-C)")
    Duration duration;

    @Option(names = "--forming", description = "Also print the forming candle on every update (\"closed\":false)")
    boolean forming;

    @Override
    protected int run(CandleStore store) throws Exception {
        SeriesKey key = series.key();
        VenueOptions.requireTradable(key.exchange());
        VenueConfig fromFileAndFlags = venue.config(key.exchange());
        VenueConfig config = wsUrl == null ? fromFileAndFlags : fromFileAndFlags.withWsBaseUrl(wsUrl);
        LivePrinter printer = new LivePrinter(out(), err(), key, forming);
        CancellationToken interrupted = new CancellationToken();
        try (SqliteCoverageLedger ledger = SqliteCoverageLedger.open(databasePath());
             CancelOnInterrupt ignored = new CancelOnInterrupt(interrupted)) {
            LiveCandleService service = new LiveCandleService(
                    Venues.liveFeed(key.exchange(), config, StreamSettings.defaults()),
                    Venues.marketData(key.exchange(), config), store, ledger, Clock.system(), Backoff.defaults());
            try (Subscription ignoredToo = service.start(key, printer)) {
                waitUntilDone(printer, interrupted);
            }
            // Still inside the Ctrl-C hook's grace period, so the summary is printed before the JVM exits.
            err().println("stream " + key + ": " + printer.closedCount() + " closed candles printed and stored in "
                    + databasePath());
            if (printer.failure() != null) {
                err().println("error: " + printer.failure());
            }
            err().flush();
        }
        return printer.failure() == null ? Cli.OK : Cli.FAILURE;
    }

    /** Until the duration is over, Ctrl-C, or the venue refuses the subscription; checked ten times a second. */
    private void waitUntilDone(LivePrinter printer, CancellationToken interrupted) throws InterruptedException {
        long deadline = duration == null ? Long.MAX_VALUE : System.nanoTime() + duration.toNanos();
        while (!interrupted.isCancelled() && System.nanoTime() < deadline) {
            long left = Math.min(100_000_000L, deadline - System.nanoTime());
            if (printer.failedLatch().await(Math.max(1, left), TimeUnit.NANOSECONDS)) {
                return;
            }
        }
    }
}
