package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.SeriesInfo;
import picocli.CommandLine.Command;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@Command(name = "series", description = "List every stored series with its bar count and time range.")
final class SeriesCommand extends StoreCommand {

    @Override
    protected int run(CandleStore store) throws Exception {
        List<SeriesInfo> all = store.listSeries();
        if (json()) {
            printJson(all.stream().map(SeriesCommand::toJson).toList());
            return 0;
        }
        if (all.isEmpty()) {
            err().println("No series stored in " + databasePath()
                    + ". Import a file (cryptotrader import ...), seed the demo (cryptotrader demo) or open the app.");
            return 0;
        }
        out().printf("%-12s %-12s %-4s %10s  %-20s  %-20s%n", "EXCHANGE", "SYMBOL", "TF", "BARS", "FIRST", "LAST");
        for (SeriesInfo s : all) {
            out().printf("%-12s %-12s %-4s %10d  %-20s  %-20s%n", s.key().exchange(), s.key().instrument().symbol(),
                    s.key().timeframe().label(), s.barCount(), Instant.ofEpochMilli(s.firstOpenTime()),
                    Instant.ofEpochMilli(s.lastOpenTime()));
        }
        return 0;
    }

    static Map<String, Object> toJson(SeriesInfo s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("exchange", s.key().exchange().id());
        m.put("symbol", s.key().instrument().symbol());
        m.put("timeframe", s.key().timeframe().label());
        m.put("bars", s.barCount());
        m.put("first", Instant.ofEpochMilli(s.firstOpenTime()).toString());
        m.put("last", Instant.ofEpochMilli(s.lastOpenTime()).toString());
        return m;
    }
}
