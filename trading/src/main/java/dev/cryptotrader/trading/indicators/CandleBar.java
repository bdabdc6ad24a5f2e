package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.domain.CandleSeries;
import org.ta4j.core.Bar;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

import java.time.Duration;
import java.time.Instant;

/**
 * A read-only ta4j {@link Bar} that reads one bar of a {@link CandleSeries} on demand. A million ta4j
 * {@code BaseBar}s with their own {@code Num}s and {@code Instant}s would take about 200 MB; these views take 24 bytes
 * each, and the {@code DoubleNum}s they hand out die young (ta4j caches indicator values, not bar fields).
 */
final class CandleBar implements Bar {

    private final transient CandleSeries series; // views are never serialized, whatever Bar's interface says
    private final int index;
    private final Duration period;

    CandleBar(CandleSeries series, int index, Duration period) {
        this.series = series;
        this.index = index;
        this.period = period;
    }

    @Override
    public Duration getTimePeriod() {
        return period;
    }

    @Override
    public Instant getBeginTime() {
        return Instant.ofEpochMilli(series.openTime(index));
    }

    @Override
    public Instant getEndTime() {
        return getBeginTime().plus(period);
    }

    @Override
    public Num getOpenPrice() {
        return DoubleNum.valueOf(series.open(index));
    }

    @Override
    public Num getHighPrice() {
        return DoubleNum.valueOf(series.high(index));
    }

    @Override
    public Num getLowPrice() {
        return DoubleNum.valueOf(series.low(index));
    }

    @Override
    public Num getClosePrice() {
        return DoubleNum.valueOf(series.close(index));
    }

    @Override
    public Num getVolume() {
        return DoubleNum.valueOf(series.volume(index));
    }

    /** Close × volume, the estimate ta4j's own bar builder fills in when no amount is given. */
    @Override
    public Num getAmount() {
        return getClosePrice().multipliedBy(getVolume());
    }

    @Override
    public long getTrades() {
        return 0;
    }

    @Override
    public void addTrade(Num tradeVolume, Num tradePrice) {
        throw new UnsupportedOperationException("a stored candle is read-only");
    }

    @Override
    public void addPrice(Num price) {
        throw new UnsupportedOperationException("a stored candle is read-only");
    }

    @Override
    public String toString() {
        return "CandleBar[" + index + " at " + getBeginTime() + "]";
    }
}
