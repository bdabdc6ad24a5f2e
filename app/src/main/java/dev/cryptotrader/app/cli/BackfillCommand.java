package dev.cryptotrader.app.cli;

import dev.cryptotrader.storage.SqliteCoverageLedger;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.marketdata.backfill.Backfill;
import dev.cryptotrader.trading.marketdata.backfill.BackfillResult;
import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Instant;
import java.util.Map;

@Command(name = "backfill",
        description = "Fetch closed candles from the exchange's REST history into the store. Resumes after the last "
                + "stored bar; running it twice changes nothing. Ctrl-C stops after the page in flight.")
final class BackfillCommand extends StoreCommand {

    @Mixin
    SeriesOptions series;

    @Option(names = "--from", required = true, paramLabel = "TIME", converter = TimeArgument.class,
            description = "First open time, inclusive (ISO-8601 UTC or epoch ms)")
    long from;

    @Option(names = "--to", paramLabel = "TIME", converter = TimeArgument.class,
            description = "Last open time, exclusive (default: now; the forming bar is never stored)")
    Long to;

    @Mixin
    VenueOptions venue;

    @Override
    protected int run(CandleStore store) throws Exception {
        SeriesKey key = series.key();
        VenueOptions.requireTradable(key.exchange());
        TimeRange range = new TimeRange(from, to == null ? Long.MAX_VALUE : to);
        ProgressBar bar = new ProgressBar(err(), ProgressBar.stderrIsTerminal(), "backfill " + key);
        CancellationToken cancel = new CancellationToken();
        BackfillResult result;
        try (SqliteCoverageLedger ledger = SqliteCoverageLedger.open(databasePath());
             CancelOnInterrupt ignored = new CancelOnInterrupt(cancel)) {
            result = new Backfill(venue.marketData(key.exchange()), store, ledger, Clock.system())
                    .run(key, range, bar, cancel);
        } catch (ExchangeException e) {
            bar.finish();
            return ExchangeFailure.report(err(), e, store.info(key)
                    .map(s -> "stored up to " + Instant.ofEpochMilli(s.lastOpenTime())
                            + "; run the same command again to resume there")
                    .orElse("nothing stored"));
        }
        bar.finish();
        err().println(summary(result));
        if (json()) {
            printJson(toJson(result));
        }
        return 0;
    }

    private static String summary(BackfillResult r) {
        if (r.wasUpToDate()) {
            return r.key() + " is already up to date for this range; nothing was fetched";
        }
        String counts = r.barsFetched() + " bars in " + r.pages() + " pages: " + r.inserted() + " new, "
                + r.updated() + " changed, " + r.unchanged() + " unchanged, " + r.barsConfirmedEmpty()
                + " bars confirmed empty by the venue";
        return r.cancelled() ? "cancelled: backfill of " + r.key() + " stopped after " + counts
                + "; run the same command again to resume" : "backfilled " + r.key() + ": " + counts;
    }

    private static Map<String, Object> toJson(BackfillResult r) {
        Map<String, Object> m = JsonFields.series(r.key());
        m.put("from", Instant.ofEpochMilli(r.requested().from()).toString());
        m.put("to", r.requested().to() == Long.MAX_VALUE ? null : Instant.ofEpochMilli(r.requested().to()).toString());
        m.put("fetched_spans", r.plannedSpans().stream().map(JsonFields::span).toList());
        m.put("pages", r.pages());
        m.put("bars_fetched", r.barsFetched());
        m.put("inserted", r.inserted());
        m.put("updated", r.updated());
        m.put("unchanged", r.unchanged());
        m.put("bars_confirmed_empty", r.barsConfirmedEmpty());
        m.put("up_to_date", r.wasUpToDate());
        m.put("cancelled", r.cancelled());
        return m;
    }
}
