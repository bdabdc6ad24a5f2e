package dev.cryptotrader.trading.venue.binance;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.importing.KlineLayout;
import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import dev.cryptotrader.trading.marketdata.exchange.Ticker;
import dev.cryptotrader.trading.venue.KlineRows;
import dev.cryptotrader.trading.venue.TickerValues;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Binance DTOs to our domain (XChange's "adapters"): pure functions that validate as they convert. */
public final class BinanceMapper {

    private BinanceMapper() {
    }

    /** Binance's kline interval names. */
    public static String interval(Timeframe timeframe) {
        return switch (timeframe) {
            case M1 -> "1m";
            case M5 -> "5m";
            case M15 -> "15m";
            case M30 -> "30m";
            case H1 -> "1h";
            case H4 -> "4h";
            case D1 -> "1d";
            case W1 -> "1w";
        };
    }

    /** 12-field rows; integers may be JSON numbers or strings (ccxt recorded them as strings), both read the same. */
    public static List<Candle> candles(List<String[]> rows, Timeframe timeframe) {
        return KlineRows.toCandles(KlineLayout.BINANCE, "Binance", rows, timeframe);
    }

    /** The kline stream name: the symbol in lower case ({@code btcusdt@kline_1m}), as the WebSocket docs require. */
    public static String streamName(String symbol, Timeframe timeframe) {
        return symbol.toLowerCase(Locale.ROOT) + "@kline_" + interval(timeframe);
    }

    /**
     * A WebSocket kline's fields, arranged as a REST row ({@link BinanceWsFrames.Kline#cells()}), read by the same
     * row reader: the close time {@code T} must end the bar of {@code timeframe}.
     */
    public static Candle liveCandle(String[] restOrderCells, Timeframe timeframe) {
        return candles(List.<String[]>of(restOrderCells), timeframe).getFirst();
    }

    /** Empty for symbols our instrument type cannot hold (odd asset names); they are not offered in search. */
    public static Optional<InstrumentInfo> instrument(BinanceRawClient.Symbol symbol) {
        if (symbol.symbol() == null || symbol.baseAsset() == null || symbol.quoteAsset() == null) {
            return Optional.empty();
        }
        try {
            Instrument instrument = Instrument.of(symbol.baseAsset(), symbol.quoteAsset());
            return Optional.of(new InstrumentInfo(instrument, symbol.symbol(), "TRADING".equals(symbol.status())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static Ticker ticker(Instrument instrument, BinanceRawClient.Ticker24h ticker) {
        return new Ticker(instrument, TickerValues.decimalOrNull(ticker.bidPrice(), "bidPrice"),
                TickerValues.decimalOrNull(ticker.askPrice(), "askPrice"),
                TickerValues.decimalOrNull(ticker.lastPrice(), "lastPrice"),
                TickerValues.decimalOrNull(ticker.volume(), "volume"));
    }

    static String symbol(Instrument instrument) {
        return instrument.nativeSymbol(Exchange.BINANCE);
    }
}
