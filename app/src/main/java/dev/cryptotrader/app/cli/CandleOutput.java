package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.domain.Candle;
import dev.cryptotrader.trading.domain.CandleSeries;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/** Writes candles as CSV (re-importable) or JSON, with exact decimals. */
final class CandleOutput {

    enum Format { csv, json }

    private CandleOutput() {
    }

    /** The shortest exact spelling: the series' common scale pads with zeros the source never had. */
    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** {@code incomplete} marks bars that are not finished (a resample's partial bucket); null for plain output. */
    static void write(CandleSeries series, Format format, PrintWriter out, IntPredicate incomplete) throws Exception {
        if (format == Format.csv) {
            out.println("open_time,open,high,low,close,volume" + (incomplete == null ? "" : ",complete"));
            StringBuilder line = new StringBuilder(96);
            for (int i = 0; i < series.size(); i++) {
                Candle c = series.candle(i);
                line.setLength(0);
                line.append(Instant.ofEpochMilli(c.openTime())).append(',').append(plain(c.open()))
                        .append(',').append(plain(c.high())).append(',').append(plain(c.low()))
                        .append(',').append(plain(c.close())).append(',').append(plain(c.volume()));
                if (incomplete != null) {
                    line.append(',').append(!incomplete.test(i));
                }
                out.println(line);
            }
        } else {
            List<Map<String, Object>> rows = new ArrayList<>(series.size());
            for (int i = 0; i < series.size(); i++) {
                Candle c = series.candle(i);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("open_time", Instant.ofEpochMilli(c.openTime()).toString());
                m.put("open_time_ms", c.openTime());
                m.put("open", c.open().stripTrailingZeros());
                m.put("high", c.high().stripTrailingZeros());
                m.put("low", c.low().stripTrailingZeros());
                m.put("close", c.close().stripTrailingZeros());
                m.put("volume", c.volume().stripTrailingZeros());
                if (incomplete != null) {
                    m.put("complete", !incomplete.test(i));
                }
                rows.add(m);
            }
            out.println(StoreCommand.JSON.writeValueAsString(rows));
        }
        out.flush();
    }
}
