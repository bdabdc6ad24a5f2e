package dev.cryptotrader.bench;

import dev.cryptotrader.trading.venue.binance.BinanceWsFrames;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Reading one Binance kline event, the frame a live stream sends up to a thousand times a second: the token-by-token
 * fast path ({@link BinanceWsFrames#parse}) against the JSON-tree reading it replaced for this frame
 * ({@link BinanceWsFrames#parseTree}). Run with {@code -prof gc} for the bytes allocated per frame, which is what
 * makes the collector pause the app.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class KlineFrameBenchmark {

    /** Compact, as the live API sends it; the shape of shared/fixtures/exchange/binance/DOCEX_ws_kline_event.json. */
    private final String frame = "{\"e\":\"kline\",\"E\":1672515782136,\"s\":\"BTCUSDT\",\"k\":{\"t\":1672515780000,"
            + "\"T\":1672515839999,\"s\":\"BTCUSDT\",\"i\":\"1m\",\"f\":3000000100,\"L\":3000000200,"
            + "\"o\":\"43519.34000000\",\"c\":\"43520.10000000\",\"h\":\"43525.00000000\",\"l\":\"43500.01000000\","
            + "\"v\":\"12.34567000\",\"n\":101,\"x\":false,\"q\":\"537200.12345678\",\"V\":\"6.00000000\","
            + "\"Q\":\"261100.00000000\",\"B\":\"0\"}}";

    @Benchmark
    public BinanceWsFrames.Frame fastPath() {
        return BinanceWsFrames.parse(frame);
    }

    @Benchmark
    public BinanceWsFrames.Frame jsonTree() {
        return BinanceWsFrames.parseTree(frame);
    }
}
