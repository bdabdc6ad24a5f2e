package dev.cryptotrader.trading.venue.bitfinex;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.importing.KlineLayout;
import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;
import dev.cryptotrader.trading.marketdata.exchange.Ticker;
import dev.cryptotrader.trading.venue.KlineRows;
import dev.cryptotrader.trading.venue.TickerValues;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Bitfinex DTOs to our domain. Symbols translate through {@link Instrument} (tBTCUST is BTC/USDT). */
public final class BitfinexMapper {

    private BitfinexMapper() {
    }

    /** The time-frame part of a candle key ({@code trade:1h:tBTCUSD}); day and week are upper case. */
    public static String timeframeKey(Timeframe timeframe) {
        return switch (timeframe) {
            case M1 -> "1m";
            case M5 -> "5m";
            case M15 -> "15m";
            case M30 -> "30m";
            case H1 -> "1h";
            case H4 -> "4h";
            case D1 -> "1D";
            case W1 -> "1W";
        };
    }

    /** Rows {@code [MTS,OPEN,CLOSE,HIGH,LOW,VOLUME]} with JSON numbers. */
    public static List<Candle> candles(List<String[]> rows, Timeframe timeframe) {
        return KlineRows.toCandles(KlineLayout.BITFINEX, "Bitfinex", rows, timeframe);
    }

    /**
     * One WebSocket candle row. Bitfinex documents that fields may be appended to WebSocket messages without a new
     * version, so only a row with fewer than the six known fields is refused.
     */
    public static Candle liveCandle(String[] row, Timeframe timeframe) {
        int fields = KlineLayout.BITFINEX.fieldCount();
        String[] known = row.length > fields ? Arrays.copyOf(row, fields) : row;
        return candles(List.<String[]>of(known), timeframe).getFirst();
    }

    /** A pair from {@code pub:list:pair:exchange} ({@code BTCUSD}, {@code TESTBTC:TESTUSD}); empty if unreadable. */
    public static Optional<InstrumentInfo> instrument(String pair) {
        if (pair == null) {
            return Optional.empty();
        }
        try {
            Instrument instrument = Instrument.parse("t" + pair);
            // Every pair in the exchange list trades; Bitfinex lists no halted state here.
            return Optional.of(new InstrumentInfo(instrument, "t" + pair, true));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public static Ticker ticker(Instrument instrument, BitfinexRawClient.TradingTicker ticker) {
        return new Ticker(instrument, TickerValues.decimalOrNull(ticker.bid(), "BID"),
                TickerValues.decimalOrNull(ticker.ask(), "ASK"),
                TickerValues.decimalOrNull(ticker.lastPrice(), "LAST_PRICE"),
                TickerValues.decimalOrNull(ticker.volume(), "VOLUME"));
    }

    static String symbol(Instrument instrument) {
        return instrument.nativeSymbol(Exchange.BITFINEX);
    }
}
