package dev.cryptotrader.trading.marketdata.live;

import dev.cryptotrader.trading.port.Clock;

import java.util.concurrent.atomic.AtomicLong;

/** Market time the test moves forward by hand: it decides which bars REST calls closed and where catch-up ends. */
public final class MutableClock implements Clock {

    private final AtomicLong now;

    public MutableClock(long start) {
        this.now = new AtomicLong(start);
    }

    @Override
    public long nowMillis() {
        return now.get();
    }

    public void set(long millis) {
        now.set(millis);
    }
}
