package dev.cryptotrader.trading.venue.kucoin;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.importing.KlineLayout;
import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import dev.cryptotrader.trading.marketdata.exchange.Ticker;
import dev.cryptotrader.trading.venue.KlineRows;
import dev.cryptotrader.trading.venue.TickerValues;
import dev.cryptotrader.trading.venue.http.BadPayloadException;

import java.util.List;
import java.util.Optional;

/** KuCoin DTOs to our domain. Candle times are epoch seconds as strings; the shared row reader tells by magnitude. */
public final class KucoinMapper {

    private KucoinMapper() {
    }

    /** KuCoin's candle {@code type} names. */
    public static String type(Timeframe timeframe) {
        return switch (timeframe) {
            case M1 -> "1min";
            case M5 -> "5min";
            case M15 -> "15min";
            case M30 -> "30min";
            case H1 -> "1hour";
            case H4 -> "4hour";
            case D1 -> "1day";
            case W1 -> "1week";
        };
    }

    /** Rows {@code [time,open,close,high,low,volume,turnover]}, newest first (the page assembler reverses them). */
    public static List<Candle> candles(List<String[]> rows, Timeframe timeframe) {
        return KlineRows.toCandles(KlineLayout.KUCOIN, "KuCoin", rows, timeframe);
    }

    /** The {@code data.candles} of a WebSocket message: the seven strings of a REST row. */
    public static Candle liveCandle(String[] cells, Timeframe timeframe) {
        return candles(List.<String[]>of(cells), timeframe).getFirst();
    }

    public static Optional<InstrumentInfo> instrument(KucoinRawClient.Symbol symbol) {
        if (symbol.symbol() == null || symbol.baseCurrency() == null || symbol.quoteCurrency() == null) {
            return Optional.empty();
        }
        try {
            Instrument instrument = Instrument.of(symbol.baseCurrency(), symbol.quoteCurrency());
            return Optional.of(new InstrumentInfo(instrument, symbol.symbol(), symbol.enableTrading()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** KuCoin answers an unknown symbol with code 200000 and empty stats; that is no ticker, not a zero price. */
    public static Ticker ticker(Instrument instrument, KucoinRawClient.Stats stats) {
        if (stats.buy() == null && stats.sell() == null && stats.last() == null) {
            throw new BadPayloadException("the stats for " + symbol(instrument)
                    + " are empty: KuCoin does not list that symbol");
        }
        return new Ticker(instrument, TickerValues.decimalOrNull(stats.buy(), "buy"),
                TickerValues.decimalOrNull(stats.sell(), "sell"), TickerValues.decimalOrNull(stats.last(), "last"),
                TickerValues.decimalOrNull(stats.vol(), "vol"));
    }

    static String symbol(Instrument instrument) {
        return instrument.nativeSymbol(Exchange.KUCOIN);
    }
}
