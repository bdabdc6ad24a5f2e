package dev.cryptotrader.trading.schedule;

import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.marketdata.backfill.Backfill;
import dev.cryptotrader.trading.marketdata.backfill.BackfillListener;
import dev.cryptotrader.trading.marketdata.backfill.BackfillResult;
import dev.cryptotrader.trading.marketdata.backfill.CancellationToken;
import dev.cryptotrader.trading.marketdata.backfill.GapRepair;
import dev.cryptotrader.trading.marketdata.backfill.RepairResult;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.Clock;
import dev.cryptotrader.trading.port.CoverageLedger;
import dev.cryptotrader.trading.port.JobKey;

import java.util.Objects;
import java.util.function.Function;

/**
 * Runs watchlist jobs through the same {@link Backfill} and {@link GapRepair} the CLI uses. The venue for each
 * exchange comes from {@code venues}, which should hand out one adapter per exchange for the life of the app so the
 * client-side rate-limit budgets are shared by every job on that venue.
 */
public final class MarketDataJobWork implements JobWork {

    private final Function<Exchange, ExchangeMarketData> venues;
    private final CandleStore store;
    private final CoverageLedger ledger;
    private final Clock clock;
    private final UserConfig config;

    public MarketDataJobWork(Function<Exchange, ExchangeMarketData> venues, CandleStore store, CoverageLedger ledger,
                             Clock clock, UserConfig config) {
        this.venues = Objects.requireNonNull(venues, "venues");
        this.store = Objects.requireNonNull(store, "store");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.config = Objects.requireNonNull(config, "config");
    }

    @Override
    public Done run(JobKey job, CancellationToken cancel) {
        SeriesKey series = job.series();
        ExchangeMarketData venue = venues.apply(series.exchange());
        return switch (job.kind()) {
            case BACKFILL -> backfill(venue, series, cancel);
            case GAP_REPAIR -> repair(venue, series, cancel);
        };
    }

    private Done backfill(ExchangeMarketData venue, SeriesKey series, CancellationToken cancel) {
        TimeRange range = new TimeRange(config.backfillStart(series, clock.nowMillis()), Long.MAX_VALUE);
        BackfillResult r = new Backfill(venue, store, ledger, clock).run(series, range, BackfillListener.NONE, cancel);
        String summary = r.wasUpToDate() ? "up to date, nothing to fetch"
                : r.barsFetched() + " bars in " + r.pages() + " pages: " + r.inserted() + " new, " + r.updated()
                + " changed, " + r.barsConfirmedEmpty() + " confirmed empty";
        return new Done(r.barsFetched(), summary, r.cancelled());
    }

    /** The whole stored series: a hole anywhere in it is worth one request every few hours. */
    private Done repair(ExchangeMarketData venue, SeriesKey series, CancellationToken cancel) {
        RepairResult r = new GapRepair(venue, store, ledger, clock).run(series, TimeRange.ALL, BackfillListener.NONE,
                cancel);
        String summary = r.gapsFound() == 0 ? "no gaps"
                : r.gapsFound() + " gaps, " + r.barsRefetched() + " bars refetched (" + r.inserted() + " new), "
                + r.barsConfirmedEmpty() + " confirmed empty";
        return new Done(r.barsRefetched(), summary, r.cancelled());
    }
}
