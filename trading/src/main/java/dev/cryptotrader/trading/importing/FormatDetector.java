package dev.cryptotrader.trading.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells the format from the content, never the file name:
 * <ul>
 *   <li>a JSON object with a {@code candles} or {@code ohlc} array: ta4j JSON; with a {@code data} array: KuCoin;
 *       with only {@code code}/{@code msg}: an exchange error response (an error, said so);</li>
 *   <li>a JSON array whose first row has 6 elements: Bitfinex; 12: Binance; 7: KuCoin's bare data array;</li>
 *   <li>anything else is delimited text: a header with open/high/low/close is candle CSV, one with price and
 *       amount (and no OHLC) is a trade CSV.</li>
 * </ul>
 */
final class FormatDetector {

    private FormatDetector() {
    }

    static ImportFormat detect(TextContent content) {
        return switch (content.firstNonBlank()) {
            case '{' -> JsonSupport.parse(content, p -> detectObject(p, content.source()));
            case '[' -> JsonSupport.parse(content, p -> detectArray(p, content.source()));
            default -> detectCsv(content);
        };
    }

    private static ImportFormat detectObject(JsonParser p, String source) throws IOException {
        JsonSupport.next(p);
        String code = null;
        String msg = null;
        List<String> keys = new ArrayList<>();
        while (JsonSupport.next(p) != JsonToken.END_OBJECT) {
            String name = p.currentName();
            JsonToken value = JsonSupport.next(p);
            boolean array = value == JsonToken.START_ARRAY;
            if (array && (name.equals("candles") || name.equals("ohlc"))) {
                return ImportFormat.TA4J_JSON;
            }
            if (array && name.equals("data")) {
                return ImportFormat.KUCOIN_KLINES;
            }
            if (name.equals("code")) {
                code = JsonSupport.scalarText(p);
            } else if (name.equals("msg")) {
                msg = JsonSupport.scalarText(p);
            } else {
                p.skipChildren();
            }
            if (keys.size() < 5) {
                keys.add(name);
            }
        }
        if (code != null) {
            throw KlineArrayReader.errorResponse(source, 0, code, msg);
        }
        throw new ImportException(source, 0, "unknown JSON layout (keys " + keys + "): expected a 'candles' or 'ohlc'"
                + " array (ta4j) or a KuCoin response {\"code\":\"200000\",\"data\":[...]}");
    }

    private static ImportFormat detectArray(JsonParser p, String source) throws IOException {
        JsonSupport.next(p);
        JsonToken first = JsonSupport.next(p);
        long line = JsonSupport.line(p);
        if (first == JsonToken.END_ARRAY) {
            throw new ImportException(source, line, "no candles found: the JSON array is empty");
        }
        if (first != JsonToken.START_ARRAY) {
            if (first == JsonToken.VALUE_STRING && "error".equals(p.getText())) {
                return ImportFormat.BITFINEX_KLINES; // its reader reports the error response in full
            }
            throw new ImportException(source, line, "unknown JSON layout: expected an array of kline rows like"
                    + " [[time, open, ...], ...], found " + JsonSupport.describe(p));
        }
        int size = 0;
        while (JsonSupport.next(p) != JsonToken.END_ARRAY) {
            p.skipChildren();
            size++;
        }
        KlineLayout layout = KlineLayout.forRowSize(size);
        if (layout == null) {
            throw new ImportException(source, line, "the first kline row has " + size + " elements: expected 6"
                    + " (Bitfinex), 12 (Binance) or 7 (KuCoin)");
        }
        return layout.format;
    }

    private static ImportFormat detectCsv(TextContent content) {
        CsvTable table = CsvTable.open(content);
        if (table.has(CsvColumn.OPEN, CsvColumn.HIGH, CsvColumn.LOW, CsvColumn.CLOSE)) {
            return ImportFormat.CSV;
        }
        if (table.has(CsvColumn.PRICE, CsvColumn.AMOUNT)) {
            return ImportFormat.TRADES_CSV;
        }
        String first = table.name(0);
        boolean looksLikeData = !first.isEmpty() && (Character.isDigit(first.charAt(0)) || first.charAt(0) == '-');
        String what = looksLikeData ? "looks like data, not a header: a CSV file needs a header naming"
                : "is neither JSON nor a CSV header naming";
        throw new ImportException(content.source(), table.headerLine(), "unknown format: the first line '"
                + table.headerText() + "' " + what
                + " a time column and open, high, low, close, volume (or timestamp, price, amount for trades)");
    }
}
