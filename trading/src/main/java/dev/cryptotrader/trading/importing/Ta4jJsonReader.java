package dev.cryptotrader.trading.importing;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.Timeframe;

import java.io.IOException;

/**
 * ta4j's JSON, in both shapes it ships: {@code {"candles":[{"start":"<epoch s>","open":..}]}} and
 * {@code {"name":..,"ohlc":[{"endTime":<close ms>,"openPrice":..}]}}. Values may be strings or numbers.
 */
final class Ta4jJsonReader implements FormatReader {

    /** The keys of one element, in the order time, open, high, low, close, volume. */
    private enum Shape {
        CANDLES("start", "open", "high", "low", "close", "volume"),
        OHLC("endTime", "openPrice", "highPrice", "lowPrice", "closePrice", "volume");

        final String[] keys;

        Shape(String... keys) {
            this.keys = keys;
        }

        int indexOf(String key) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }
    }

    @Override
    public long read(TextContent content, CandleCollector out) {
        String source = content.source();
        return JsonSupport.parse(content, p -> {
            JsonSupport.next(p);
            JsonSupport.expect(p, JsonToken.START_OBJECT, source, "a JSON object with a 'candles' or 'ohlc' array");
            long rows = -1;
            while (JsonSupport.next(p) != JsonToken.END_OBJECT) {
                String name = p.currentName();
                JsonSupport.next(p);
                Shape shape = name.equals("candles") ? Shape.CANDLES : name.equals("ohlc") ? Shape.OHLC : null;
                if (shape != null && rows < 0) {
                    JsonSupport.expect(p, JsonToken.START_ARRAY, source, "an array under '" + name + "'");
                    rows = readElements(p, shape, out);
                } else {
                    p.skipChildren();
                }
            }
            if (rows < 0) {
                throw new ImportException(source, 0, "no 'candles' or 'ohlc' array in the JSON object");
            }
            JsonSupport.expectEnd(p, source);
            return rows;
        });
    }

    private long readElements(JsonParser p, Shape shape, CandleCollector out) throws IOException {
        long rows = 0;
        while (JsonSupport.next(p) != JsonToken.END_ARRAY) {
            rows++;
            long line = JsonSupport.line(p);
            int row = (int) Math.min(rows, Integer.MAX_VALUE);
            if (p.currentToken() != JsonToken.START_OBJECT) {
                String found = JsonSupport.describe(p);
                p.skipChildren();
                out.reject(line, row, "expected a candle object, found " + found);
                continue;
            }
            String[] values = new String[shape.keys.length];
            while (JsonSupport.next(p) != JsonToken.END_OBJECT) {
                int index = shape.indexOf(p.currentName());
                JsonSupport.next(p);
                String text = JsonSupport.scalarText(p);
                if (index >= 0) {
                    values[index] = text;
                }
            }
            try {
                out.accept(line, row, candle(shape, values, out.timeframe()));
            } catch (RowProblem e) {
                out.reject(line, row, e.getMessage());
            }
        }
        return rows;
    }

    private static Candle candle(Shape shape, String[] values, Timeframe timeframe) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new RowProblem("the candle has no '" + shape.keys[i] + "'");
            }
        }
        long time = Values.epochMillis(values[0], shape.keys[0]);
        if (shape == Shape.OHLC) {
            // endTime is the bar's last millisecond (Binance's closeTime), so the bar opened a timeframe earlier.
            if (!timeframe.isAligned(time + 1)) {
                throw new RowProblem("endTime " + time + " (" + CandleCollector.instant(time)
                        + ") is not the last millisecond of a " + timeframe + " bar: is the timeframe right?");
            }
            time = time + 1 - timeframe.millis();
        }
        return new Candle(time, Values.decimal(values[1], shape.keys[1]), Values.decimal(values[2], shape.keys[2]),
                Values.decimal(values[3], shape.keys[3]), Values.decimal(values[4], shape.keys[4]),
                Values.decimal(values[5], shape.keys[5]));
    }
}
