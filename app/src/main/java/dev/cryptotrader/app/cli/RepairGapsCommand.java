package dev.cryptotrader.app.cli;

import dev.cryptotrader.storage.SqliteCoverageLedger;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;
import dev.cryptotrader.trading.marketdata.backfill.GapRepair;
import dev.cryptotrader.trading.marketdata.backfill.RepairResult;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeException;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.Map;

@Command(name = "repair-gaps",
        description = "Refetch the bars missing between stored bars. Spans the exchange has no data for (no trades) "
                + "are recorded as confirmed empty and not asked for again.")
final class RepairGapsCommand extends StoreCommand {

    @Mixin
    SeriesOptions series;

    @Mixin
    SeriesOptions.Range range;

    @Mixin
    VenueOptions venue;

    @Override
    protected int run(CandleStore store) throws Exception {
        SeriesKey key = series.key();
        VenueOptions.requireTradable(key.exchange());
        requireStored(store, key);
        ProgressBar bar = new ProgressBar(err(), ProgressBar.stderrIsTerminal(), "repair " + key);
        CancellationToken cancel = new CancellationToken();
        RepairResult result;
        try (SqliteCoverageLedger ledger = SqliteCoverageLedger.open(databasePath());
             CancelOnInterrupt ignored = new CancelOnInterrupt(cancel)) {
            result = new GapRepair(venue.marketData(key.exchange()), store, ledger, Clock.system())
                    .run(key, range.range(), bar, cancel);
        } catch (ExchangeException e) {
            bar.finish();
            return ExchangeFailure.report(err(), e,
                    "gaps filled before the failure stay filled; run the same command again for the rest");
        }
        bar.finish();
        err().println(summary(result));
        if (json()) {
            printJson(toJson(result));
        }
        return 0;
    }

    private static String summary(RepairResult r) {
        String found = r.gapsFound() + " gaps (" + r.missingBars() + " missing bars, " + r.barsKnownEmpty()
                + " of them already confirmed empty)";
        String done = r.barsRefetched() + " bars refetched in " + r.pages() + " pages (" + r.inserted() + " new), "
                + r.barsConfirmedEmpty() + " bars in " + r.spansConfirmedEmpty() + " spans confirmed empty";
        return (r.cancelled() ? "cancelled: repair of " : "repaired ") + r.key() + ": " + found + "; " + done;
    }

    private static Map<String, Object> toJson(RepairResult r) {
        Map<String, Object> m = JsonFields.series(r.key());
        m.put("gaps_found", r.gapsFound());
        m.put("missing_bars", r.missingBars());
        m.put("bars_already_confirmed_empty", r.barsKnownEmpty());
        m.put("spans_refetched", r.spansRefetched());
        m.put("pages", r.pages());
        m.put("bars_refetched", r.barsRefetched());
        m.put("inserted", r.inserted());
        m.put("updated", r.updated());
        m.put("spans_confirmed_empty", r.spansConfirmedEmpty());
        m.put("bars_confirmed_empty", r.barsConfirmedEmpty());
        m.put("cancelled", r.cancelled());
        return m;
    }
}
