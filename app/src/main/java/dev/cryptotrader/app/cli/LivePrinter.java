package dev.cryptotrader.app.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus;
import dev.cryptotrader.trading.marketdata.exchange.ConnectionStatus.State;
import dev.cryptotrader.trading.marketdata.exchange.LiveCandleListener;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What {@code stream} shows: each closed candle as one JSON line on stdout (forming ones too with {@code --forming}),
 * connection and catch-up news on stderr. The service calls it from two threads, so every line is written whole
 * under the writer's lock.
 */
final class LivePrinter implements LiveCandleListener {

    private static final ObjectMapper LINE = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private final PrintWriter out;
    private final PrintWriter err;
    private final SeriesKey key;
    private final boolean forming;
    private final CountDownLatch failed = new CountDownLatch(1);
    private final AtomicLong closedCount = new AtomicLong();
    private volatile String failure;

    LivePrinter(PrintWriter out, PrintWriter err, SeriesKey key, boolean forming) {
        this.out = out;
        this.err = err;
        this.key = key;
        this.forming = forming;
    }

    @Override
    public void onForming(Candle candle) {
        if (forming) {
            line(out, json(candle, false));
        }
    }

    @Override
    public void onClosed(Candle candle) {
        closedCount.incrementAndGet();
        line(out, json(candle, true));
    }

    @Override
    public void onStatus(ConnectionStatus status) {
        line(err, "stream " + key + ": " + status);
        if (status.state() == State.FAILED) {
            failure = status.message();
            failed.countDown();
        }
    }

    /** Counts down when the venue refused the subscription: streaming cannot go on. */
    CountDownLatch failedLatch() {
        return failed;
    }

    String failure() {
        return failure;
    }

    long closedCount() {
        return closedCount.get();
    }

    private String json(Candle c, boolean closed) {
        Map<String, Object> m = JsonFields.series(key);
        m.put("open_time", Instant.ofEpochMilli(c.openTime()).toString());
        m.put("open_time_ms", c.openTime());
        m.put("open", c.open().stripTrailingZeros());
        m.put("high", c.high().stripTrailingZeros());
        m.put("low", c.low().stripTrailingZeros());
        m.put("close", c.close().stripTrailingZeros());
        m.put("volume", c.volume().stripTrailingZeros());
        m.put("closed", closed);
        try {
            return LINE.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(PrintWriter writer, String text) {
        synchronized (writer) {
            writer.println(text);
            writer.flush();
        }
    }
}
