package dev.cryptotrader.trading.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * A saved exchange kline response: an array of rows (Bitfinex, Binance), or KuCoin's {@code {"code","data"}}
 * envelope around one (a bare KuCoin data array is read too). Rows may come oldest- or newest-first.
 */
final class KlineArrayReader implements FormatReader {

    private static final String KUCOIN_OK = "200000";

    private final KlineLayout layout;

    KlineArrayReader(KlineLayout layout) {
        this.layout = layout;
    }

    @Override
    public CandleCollector.TimeOrder timeOrder() {
        return CandleCollector.TimeOrder.EITHER;
    }

    @Override
    public long read(TextContent content, CandleCollector out) {
        String source = content.source();
        return JsonSupport.parse(content, p -> {
            JsonSupport.next(p);
            long rows;
            if (p.currentToken() == JsonToken.START_OBJECT) {
                rows = readEnvelope(p, source, out);
            } else {
                JsonSupport.expect(p, JsonToken.START_ARRAY, source, "a JSON array of " + layout.exchange + " kline rows");
                rows = readRows(p, source, out);
            }
            JsonSupport.expectEnd(p, source);
            return rows;
        });
    }

    // KuCoin wraps its rows as {"code":"200000","data":[...]}; any other code is an error response, and so is
    // Binance's {"code":-1121,"msg":"..."}.
    private long readEnvelope(JsonParser p, String source, CandleCollector out) throws IOException {
        String code = null;
        String msg = null;
        long rows = -1;
        long dataLine = 0;
        while (JsonSupport.next(p) != JsonToken.END_OBJECT) {
            String name = p.currentName();
            JsonSupport.next(p);
            if (name.equals("data") && layout == KlineLayout.KUCOIN && p.currentToken() == JsonToken.START_ARRAY) {
                dataLine = JsonSupport.line(p);
                if (code != null && !code.equals(KUCOIN_OK)) {
                    throw errorResponse(source, dataLine, code, msg);
                }
                rows = readRows(p, source, out);
            } else if (name.equals("code")) {
                code = JsonSupport.scalarText(p);
            } else if (name.equals("msg")) {
                msg = JsonSupport.scalarText(p);
            } else {
                p.skipChildren();
            }
        }
        if (code != null && !code.equals(KUCOIN_OK)) {
            throw errorResponse(source, 0, code, msg);
        }
        if (rows < 0) {
            throw new ImportException(source, 0, layout == KlineLayout.KUCOIN
                    ? "no 'data' array of kline rows in the KuCoin response"
                    : "expected a JSON array of " + layout.exchange + " kline rows, found an object");
        }
        return rows;
    }

    private long readRows(JsonParser p, String source, CandleCollector out) throws IOException {
        long rows = 0;
        while (JsonSupport.next(p) != JsonToken.END_ARRAY) {
            rows++;
            long line = JsonSupport.line(p);
            int row = (int) Math.min(rows, Integer.MAX_VALUE);
            if (p.currentToken() != JsonToken.START_ARRAY) {
                if (rows == 1 && p.currentToken() == JsonToken.VALUE_STRING && "error".equals(p.getText())) {
                    throw bitfinexError(p, source, line);
                }
                String found = JsonSupport.describe(p);
                p.skipChildren();
                out.reject(line, row, "expected a kline row [time, open, ...], found " + found);
                continue;
            }
            String[] cells = new String[layout.size];
            int count = 0;
            while (JsonSupport.next(p) != JsonToken.END_ARRAY) {
                String text = JsonSupport.scalarText(p);
                if (count < cells.length) {
                    cells[count] = text;
                }
                count++;
            }
            if (count != layout.size) {
                out.reject(line, row, "expected " + layout.size + " elements in a " + layout.exchange
                        + " kline row, found " + count);
                continue;
            }
            try {
                out.accept(line, row, layout.toCandle(cells, out.timeframe()));
            } catch (RowProblem e) {
                out.reject(line, row, e.getMessage());
            }
        }
        return rows;
    }

    // Bitfinex answers errors with ["error", code, "message"].
    private static ImportException bitfinexError(JsonParser p, String source, long line) throws IOException {
        StringBuilder detail = new StringBuilder();
        while (JsonSupport.next(p) != JsonToken.END_ARRAY) {
            detail.append(' ').append(JsonSupport.scalarText(p));
        }
        return new ImportException(source, line, "the file is a Bitfinex error response, not candles:"
                + Values.shorten(detail.toString()));
    }

    static ImportException errorResponse(String source, long line, String code, String msg) {
        return new ImportException(source, line, "the file is an error response, not candles: code " + code
                + (msg == null ? "" : ", msg '" + Values.shorten(msg) + "'"));
    }
}
