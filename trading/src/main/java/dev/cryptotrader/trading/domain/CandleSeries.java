package dev.cryptotrader.trading.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * An immutable, columnar run of candles sorted by open time: one primitive array per field, so a million bars read
 * and scan without a million objects. Values are fixed-point mantissas with one scale for prices and one for volume
 * (see {@link Decimals}); {@code double} accessors are for charts and indicators, the exact ones for money.
 */
public final class CandleSeries {

    private static final CandleSeries EMPTY = new CandleSeries(new long[0], new long[0], new long[0], new long[0],
            new long[0], new long[0], 0, 0, 0);

    private final long[] openTime;
    private final long[] open;
    private final long[] high;
    private final long[] low;
    private final long[] close;
    private final long[] volume;
    private final int size;
    private final int priceScale;
    private final int volumeScale;

    /** Takes ownership of the arrays; callers must not change them afterwards. */
    public CandleSeries(long[] openTime, long[] open, long[] high, long[] low, long[] close, long[] volume, int size,
                        int priceScale, int volumeScale) {
        if (size > openTime.length || size > open.length || size > high.length || size > low.length
                || size > close.length || size > volume.length) {
            throw new IllegalArgumentException("columns are shorter than size " + size);
        }
        checkScale(priceScale);
        checkScale(volumeScale);
        this.openTime = openTime;
        this.open = open;
        this.high = high;
        this.low = low;
        this.close = close;
        this.volume = volume;
        this.size = size;
        this.priceScale = priceScale;
        this.volumeScale = volumeScale;
    }

    public static CandleSeries empty() {
        return EMPTY;
    }

    public static CandleSeries of(List<Candle> candles) {
        Builder b = builder(candles.size());
        candles.forEach(b::add);
        return b.build();
    }

    public static Builder builder(int capacity) {
        return new Builder(capacity, 0, 0);
    }

    /** A builder for raw mantissas at known scales (the fast path for storage and resampling). */
    public static Builder builder(int capacity, int priceScale, int volumeScale) {
        return new Builder(capacity, priceScale, volumeScale);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int priceScale() {
        return priceScale;
    }

    public int volumeScale() {
        return volumeScale;
    }

    public long openTime(int i) {
        return openTime[check(i)];
    }

    public long firstOpenTime() {
        return openTime(0);
    }

    public long lastOpenTime() {
        return openTime(size - 1);
    }

    public double open(int i) {
        return Decimals.toDouble(open[check(i)], priceScale);
    }

    public double high(int i) {
        return Decimals.toDouble(high[check(i)], priceScale);
    }

    public double low(int i) {
        return Decimals.toDouble(low[check(i)], priceScale);
    }

    public double close(int i) {
        return Decimals.toDouble(close[check(i)], priceScale);
    }

    public double volume(int i) {
        return Decimals.toDouble(volume[check(i)], volumeScale);
    }

    public long openMantissa(int i) {
        return open[check(i)];
    }

    public long highMantissa(int i) {
        return high[check(i)];
    }

    public long lowMantissa(int i) {
        return low[check(i)];
    }

    public long closeMantissa(int i) {
        return close[check(i)];
    }

    public long volumeMantissa(int i) {
        return volume[check(i)];
    }

    public Candle candle(int i) {
        check(i);
        return new Candle(openTime[i], Decimals.toBigDecimal(open[i], priceScale),
                Decimals.toBigDecimal(high[i], priceScale), Decimals.toBigDecimal(low[i], priceScale),
                Decimals.toBigDecimal(close[i], priceScale), Decimals.toBigDecimal(volume[i], volumeScale));
    }

    public List<Candle> toCandles() {
        List<Candle> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(candle(i));
        }
        return out;
    }

    /** Index of the first bar whose open time is ≥ {@code time}; {@code size()} when there is none. */
    public int indexAtOrAfter(long time) {
        int i = Arrays.binarySearch(openTime, 0, size, time);
        return i >= 0 ? i : -i - 1;
    }

    /** Bars {@code [from, to)} by index, sharing nothing with this series. */
    public CandleSeries slice(int from, int to) {
        if (from < 0 || to > size || from > to) {
            throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + size);
        }
        return new CandleSeries(Arrays.copyOfRange(openTime, from, to), Arrays.copyOfRange(open, from, to),
                Arrays.copyOfRange(high, from, to), Arrays.copyOfRange(low, from, to),
                Arrays.copyOfRange(close, from, to), Arrays.copyOfRange(volume, from, to), to - from, priceScale,
                volumeScale);
    }

    public CandleSeries slice(TimeRange range) {
        return slice(indexAtOrAfter(range.from()), indexAtOrAfter(range.to()));
    }

    /** Same values at wider scales (for merging series whose scales differ). */
    public CandleSeries withScales(int newPriceScale, int newVolumeScale) {
        if (newPriceScale == priceScale && newVolumeScale == volumeScale) {
            return this;
        }
        return new CandleSeries(Arrays.copyOf(openTime, size), widen(open, priceScale, newPriceScale),
                widen(high, priceScale, newPriceScale), widen(low, priceScale, newPriceScale),
                widen(close, priceScale, newPriceScale), widen(volume, volumeScale, newVolumeScale), size,
                newPriceScale, newVolumeScale);
    }

    /** True when both hold the same bars with the same values, whatever their scales. */
    public boolean sameValues(CandleSeries other) {
        if (size != other.size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!candle(i).sameValues(other.candle(i))) {
                return false;
            }
        }
        return true;
    }

    private long[] widen(long[] column, int from, int to) {
        long[] out = new long[size];
        for (int i = 0; i < size; i++) {
            out[i] = Decimals.rescale(column[i], from, to);
        }
        return out;
    }

    private int check(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("bar " + i + " of " + size);
        }
        return i;
    }

    private static void checkScale(int scale) {
        if (scale < 0 || scale > Decimals.MAX_SCALE) {
            throw new IllegalArgumentException("scale " + scale + " is outside 0.." + Decimals.MAX_SCALE);
        }
    }

    @Override
    public String toString() {
        return "CandleSeries[" + size + " bars, price scale " + priceScale + ", volume scale " + volumeScale + "]";
    }

    /**
     * Appends bars in time order. Decimal input widens the scale as needed, so every value stays exact; raw mantissas
     * must already be at the builder's scales. Order is the caller's job: importers validate it first, with line
     * numbers.
     */
    public static final class Builder {
        private long[] openTime;
        private long[] open;
        private long[] high;
        private long[] low;
        private long[] close;
        private long[] volume;
        private int size;
        private int priceScale;
        private int volumeScale;

        private Builder(int capacity, int priceScale, int volumeScale) {
            int c = Math.max(capacity, 16);
            openTime = new long[c];
            open = new long[c];
            high = new long[c];
            low = new long[c];
            close = new long[c];
            volume = new long[c];
            checkScale(priceScale);
            checkScale(volumeScale);
            this.priceScale = priceScale;
            this.volumeScale = volumeScale;
        }

        public int size() {
            return size;
        }

        public long lastOpenTime() {
            return openTime[size - 1];
        }

        public Builder add(Candle c) {
            return add(c.openTime(), c.open(), c.high(), c.low(), c.close(), c.volume());
        }

        public Builder add(long time, BigDecimal o, BigDecimal h, BigDecimal l, BigDecimal c, BigDecimal v) {
            int ps = Math.max(Math.max(Decimals.scaleOf(o), Decimals.scaleOf(h)),
                    Math.max(Decimals.scaleOf(l), Decimals.scaleOf(c)));
            if (ps > priceScale) {
                widenPrices(ps);
            }
            int vs = Decimals.scaleOf(v);
            if (vs > volumeScale) {
                widenVolume(vs);
            }
            return addMantissas(time, Decimals.mantissa(o, priceScale), Decimals.mantissa(h, priceScale),
                    Decimals.mantissa(l, priceScale), Decimals.mantissa(c, priceScale),
                    Decimals.mantissa(v, volumeScale));
        }

        public Builder addMantissas(long time, long o, long h, long l, long c, long v) {
            if (size == openTime.length) {
                grow();
            }
            openTime[size] = time;
            open[size] = o;
            high[size] = h;
            low[size] = l;
            close[size] = c;
            volume[size] = v;
            size++;
            return this;
        }

        /** Drops the last bar (used when a trailing bar turns out to be invalid). */
        public void removeLast() {
            if (size > 0) {
                size--;
            }
        }

        /** Hands the columns to the series: the builder must not be used afterwards. */
        public CandleSeries build() {
            return new CandleSeries(openTime, open, high, low, close, volume, size, priceScale, volumeScale);
        }

        private void widenPrices(int to) {
            for (int i = 0; i < size; i++) {
                open[i] = Decimals.rescale(open[i], priceScale, to);
                high[i] = Decimals.rescale(high[i], priceScale, to);
                low[i] = Decimals.rescale(low[i], priceScale, to);
                close[i] = Decimals.rescale(close[i], priceScale, to);
            }
            priceScale = to;
        }

        private void widenVolume(int to) {
            for (int i = 0; i < size; i++) {
                volume[i] = Decimals.rescale(volume[i], volumeScale, to);
            }
            volumeScale = to;
        }

        private void grow() {
            int c = openTime.length * 2;
            openTime = Arrays.copyOf(openTime, c);
            open = Arrays.copyOf(open, c);
            high = Arrays.copyOf(high, c);
            low = Arrays.copyOf(low, c);
            close = Arrays.copyOf(close, c);
            volume = Arrays.copyOf(volume, c);
        }
    }
}
