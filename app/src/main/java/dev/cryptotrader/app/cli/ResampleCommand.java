package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.domain.CandleSeries;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.marketdata.Resampler;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.UpsertResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Instant;

@Command(name = "resample",
        description = "Derive a higher timeframe from a stored series (first open, max high, min low, last close, "
                + "summed volume). Prints it; --store also saves the complete buckets.")
final class ResampleCommand extends StoreCommand {

    @Mixin
    SeriesOptions series;

    @Option(names = {"--to", "--to-timeframe"}, required = true, paramLabel = "TF",
            description = "Target timeframe, a whole multiple of the source (e.g. 1h from 1m)")
    String target;

    @Option(names = "--from", paramLabel = "TIME", converter = TimeArgument.class,
            description = "First source open time, inclusive (ISO-8601 UTC or epoch ms)")
    Long from;

    // --to names the target timeframe here, so the end of the range is --until.
    @Option(names = "--until", paramLabel = "TIME", converter = TimeArgument.class,
            description = "Last source open time, exclusive (ISO-8601 UTC or epoch ms)")
    Long until;

    @Option(names = "--store", description = "Save the complete buckets as a series of the target timeframe.")
    boolean store;

    @Option(names = "--format", paramLabel = "csv|json", description = "Output format (default csv; json with --json)")
    CandleOutput.Format format;

    @Override
    protected int run(CandleStore candleStore) throws Exception {
        SeriesKey key = series.key();
        Timeframe to = Timeframe.parse(target);
        requireStored(candleStore, key);
        if (!to.isMultipleOf(key.timeframe()) || to == key.timeframe()) {
            throw new BadInputException("cannot resample " + key.timeframe() + " to " + to
                    + ": the target must be a larger whole multiple");
        }
        CandleSeries source = candleStore.read(key, rangeWithUntil());
        Resampler.Resampled result = Resampler.resample(source, key.timeframe(), to);
        CandleSeries bars = result.series();
        CandleOutput.Format f = format != null ? format : json() ? CandleOutput.Format.json : CandleOutput.Format.csv;
        CandleOutput.write(bars, f, out(), i -> (i == 0 && result.leadingPartial())
                || (i == bars.size() - 1 && result.trailingPartial()));
        if (result.leadingPartial()) {
            err().println("first bucket " + Instant.ofEpochMilli(bars.firstOpenTime())
                    + " is incomplete: the source starts at " + Instant.ofEpochMilli(source.firstOpenTime()));
        }
        if (result.trailingPartial()) {
            err().println("last bucket " + Instant.ofEpochMilli(bars.lastOpenTime())
                    + " is incomplete: the source ends with the bar at " + Instant.ofEpochMilli(source.lastOpenTime()));
        }
        if (store) {
            UpsertResult r = candleStore.upsert(key.withTimeframe(to), result.completeBuckets());
            err().println("stored " + key.withTimeframe(to) + ": " + r.inserted() + " new, " + r.updated()
                    + " changed, " + r.unchanged() + " unchanged (incomplete buckets are not stored)");
        }
        return 0;
    }

    private TimeRange rangeWithUntil() {
        return new TimeRange(from == null ? Long.MIN_VALUE : from, until == null ? Long.MAX_VALUE : until);
    }
}
