package dev.cryptotrader.trading.port;

/** The time source. The engine never calls {@code System.currentTimeMillis()}, so tests and replays control time. */
public interface Clock {

    long nowMillis();

    static Clock system() {
        return System::currentTimeMillis;
    }

    static Clock fixed(long epochMillis) {
        return () -> epochMillis;
    }
}
