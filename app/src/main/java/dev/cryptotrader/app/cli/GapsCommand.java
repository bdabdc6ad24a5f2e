package dev.cryptotrader.app.cli;

import dev.cryptotrader.storage.SqliteCoverageLedger;
import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.marketdata.Gap;
import dev.cryptotrader.trading.marketdata.GapDetector;
import dev.cryptotrader.trading.marketdata.backfill.OpenGaps;
import dev.cryptotrader.trading.port.CandleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "gaps", description = "List the missing bars of a stored series as ranges, leaving out spans the "
        + "exchange confirmed it has no data for (see repair-gaps).")
final class GapsCommand extends StoreCommand {

    @Mixin
    SeriesOptions series;

    @Mixin
    SeriesOptions.Range range;

    @Override
    protected int run(CandleStore store) throws Exception {
        SeriesKey key = series.key();
        requireStored(store, key);
        CandleSeries candles = store.read(key, range.range());
        long allMissing = GapDetector.find(candles, key.timeframe()).stream().mapToLong(Gap::missingBars).sum();
        List<Gap> gaps;
        try (SqliteCoverageLedger ledger = SqliteCoverageLedger.open(databasePath())) {
            gaps = OpenGaps.find(candles, key.timeframe(), ledger.confirmedEmpty(key, range.range()));
        }
        long missing = gaps.stream().mapToLong(Gap::missingBars).sum();
        if (json()) {
            printJson(gaps.stream().map(GapsCommand::toJson).toList());
        } else {
            for (Gap g : gaps) {
                out().println(Instant.ofEpochMilli(g.firstMissing()) + "  " + Instant.ofEpochMilli(g.lastMissing())
                        + "  " + g.missingBars());
            }
            out().flush();
        }
        err().println(gaps.size() + " gaps, " + missing + " missing bars in " + candles.size() + " bars of " + key
                + (allMissing > missing ? " (and " + (allMissing - missing)
                + " more bars the exchange confirmed empty, not listed)" : ""));
        return 0;
    }

    private static Map<String, Object> toJson(Gap g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("first_missing", Instant.ofEpochMilli(g.firstMissing()).toString());
        m.put("last_missing", Instant.ofEpochMilli(g.lastMissing()).toString());
        m.put("missing_bars", g.missingBars());
        return m;
    }
}
