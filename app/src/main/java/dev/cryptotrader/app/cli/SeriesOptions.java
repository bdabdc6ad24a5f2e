package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.TimeRange;
import dev.cryptotrader.trading.domain.Timeframe;
import picocli.CommandLine.Option;

/** The options that name one series, shared by every command that reads or writes one. */
public final class SeriesOptions {

    @Option(names = {"--exchange", "-e"}, required = true, paramLabel = "E",
            description = "Exchange name: bitfinex, binance, kucoin, or any other (coinbase, bitstamp, ...)")
    String exchange;

    @Option(names = {"--symbol", "-s"}, required = true, paramLabel = "S",
            description = "BASE/QUOTE (BTC/USD); BASE-QUOTE and the exchange's own spelling (tBTCUSD, BTCUSDT) work too")
    String symbol;

    @Option(names = {"--timeframe", "-t"}, required = true, paramLabel = "TF",
            description = "1m, 5m, 15m, 30m, 1h, 4h, 1d or 1w")
    String timeframe;

    public SeriesKey key() {
        return new SeriesKey(Exchange.of(exchange), Instrument.parse(symbol), Timeframe.parse(timeframe));
    }

    /** The mixin for optional {@code --from}/{@code --to}. */
    public static final class Range {
        @Option(names = "--from", paramLabel = "TIME", converter = TimeArgument.class,
                description = "First open time, inclusive (ISO-8601 UTC or epoch ms)")
        Long from;

        @Option(names = "--to", paramLabel = "TIME", converter = TimeArgument.class,
                description = "Last open time, exclusive (ISO-8601 UTC or epoch ms)")
        Long to;

        public TimeRange range() {
            return new TimeRange(from == null ? Long.MIN_VALUE : from, to == null ? Long.MAX_VALUE : to);
        }
    }
}
