package dev.cryptotrader.trading.indicators;

import dev.cryptotrader.trading.domain.CandleSeries;

import java.util.List;
import java.util.function.BiFunction;

/**
 * A rough timing of all seven indicators on a million synthetic bars, by {@code compute} (direct kernels where they
 * exist) and by {@code computeWithTa4j}. Not a test and not a benchmark (JMH belongs in bench/). Run with the test
 * classpath: {@code java -cp ... dev.cryptotrader.trading.indicators.IndicatorTiming [bars] [rounds]}.
 */
public final class IndicatorTiming {

    private IndicatorTiming() {
    }

    public static void main(String[] args) {
        int bars = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        CandleSeries candles = SyntheticCandles.randomWalk(bars, 42);
        List<IndicatorSpec> specs = List.of(IndicatorKind.values()).stream().map(IndicatorKind::defaultSpec).toList();
        for (int round = 1; round <= rounds; round++) {
            time("compute", round, candles, specs, IndicatorSession::compute);
            time("ta4j only", round, candles, specs, IndicatorSession::computeWithTa4j);
        }
    }

    private static void time(String path, int round, CandleSeries candles, List<IndicatorSpec> specs,
                             BiFunction<IndicatorSession, IndicatorSpec, IndicatorResult> compute) {
        System.gc();
        IndicatorSession session = Indicators.session(candles);
        StringBuilder line = new StringBuilder();
        long total = 0;
        for (IndicatorSpec spec : specs) {
            long start = System.nanoTime();
            IndicatorResult result = compute.apply(session, spec);
            long ms = (System.nanoTime() - start) / 1_000_000;
            total += ms;
            line.append(String.format(" %s %d;", spec.text(), ms));
            if (Double.isNaN(result.main().last())) {
                throw new IllegalStateException(spec + " has no last value");
            }
        }
        System.out.printf("round %d, %s, %d bars (ms, the first ta4j one includes building the bar series):%s"
                + " all seven %d ms%n", round, path, candles.size(), line, total);
    }
}
