package dev.cryptotrader.app.cli;

import dev.cryptotrader.app.config.UserConfigFile;
import dev.cryptotrader.trading.config.Durations;
import dev.cryptotrader.trading.config.SchedulerSettings;
import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.config.VenueOverrides;
import dev.cryptotrader.trading.config.WatchlistEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/** Needs no database, so it does not extend {@link StoreCommand}. */
@Command(name = "config",
        description = "Show where the user config file is and the settings in force (the file's, else the "
                + "defaults). --init writes an example file if there is none.")
final class ConfigCommand implements Callable<Integer> {

    @ParentCommand
    CryptotraderCommand top;

    @Spec
    CommandSpec spec;

    @Option(names = "--init", description = "Write an example config.json where it is looked for; never overwrites.")
    boolean init;

    @Override
    public Integer call() throws Exception {
        Path file = top.configPath();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (init) {
            UserConfigFile.writeExample(file);
            err.println("wrote an example to " + file + "; edit it, then check it with: cryptotrader config");
        }
        UserConfig config = top.userConfig();
        boolean exists = Files.exists(file);
        if (top.json()) {
            out.println(StoreCommand.JSON.writeValueAsString(toJson(file, exists, config)));
        } else {
            out.println("file        " + file + (exists ? "" : " (not there: the defaults apply)"));
            byName(config).forEach((exchange, o) -> out.println("exchange    " + exchange + "  " + describe(o)));
            for (WatchlistEntry e : config.watchlist()) {
                out.println("watchlist   " + e.series()
                        + e.from().map(f -> "  from " + Instant.ofEpochMilli(f)).orElse(""));
            }
            SchedulerSettings s = config.scheduler();
            out.println("scheduler   backfill every " + every(s.backfillEvery(), s.backfillJitter())
                    + ", gap repair every " + every(s.gapRepairEvery(), s.gapRepairJitter())
                    + ", first backfill " + Durations.format(s.backfillHistory()) + " back");
            config.fees().all().forEach((exchange, f) -> out.println("fees        " + exchange.id() + "  maker "
                    + bps(f.makerBps()) + " bps, taker " + bps(f.takerBps()) + " bps"));
        }
        out.flush();
        return Cli.OK;
    }

    private static Map<String, VenueOverrides> byName(UserConfig config) {
        Map<String, VenueOverrides> sorted = new TreeMap<>();
        config.exchanges().forEach((exchange, o) -> sorted.put(exchange.id(), o));
        return sorted;
    }

    private static String describe(VenueOverrides o) {
        return "rest " + o.restBaseUrl().orElse("(default)") + "  ws " + o.wsBaseUrl().orElse("(default)")
                + (o.symbols().isEmpty() ? "" : "  symbols " + symbols(o));
    }

    private static Map<String, String> symbols(VenueOverrides o) {
        Map<String, String> m = new TreeMap<>();
        o.symbols().forEach((instrument, spelling) -> m.put(instrument.symbol(), spelling));
        return m;
    }

    private static String bps(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String every(java.time.Duration interval, java.time.Duration jitter) {
        return Durations.format(interval) + (jitter.isZero() ? "" : " ±" + Durations.format(jitter));
    }

    private static Map<String, Object> toJson(Path file, boolean exists, UserConfig config) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.toString());
        m.put("exists", exists);
        Map<String, Object> exchanges = new TreeMap<>();
        byName(config).forEach((exchange, o) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("rest_base_url", o.restBaseUrl().orElse(null));
            e.put("ws_base_url", o.wsBaseUrl().orElse(null));
            e.put("symbols", symbols(o));
            exchanges.put(exchange, e);
        });
        m.put("exchanges", exchanges);
        m.put("watchlist", config.watchlist().stream().map(e -> {
            Map<String, Object> w = JsonFields.series(e.series());
            w.put("from", e.from().map(f -> Instant.ofEpochMilli(f).toString()).orElse(null));
            return w;
        }).toList());
        SchedulerSettings s = config.scheduler();
        Map<String, Object> scheduler = new LinkedHashMap<>();
        scheduler.put("backfill_every", Durations.format(s.backfillEvery()));
        scheduler.put("backfill_jitter", Durations.format(s.backfillJitter()));
        scheduler.put("gap_repair_every", Durations.format(s.gapRepairEvery()));
        scheduler.put("gap_repair_jitter", Durations.format(s.gapRepairJitter()));
        scheduler.put("backfill_history", Durations.format(s.backfillHistory()));
        m.put("scheduler", scheduler);
        Map<String, Object> fees = new LinkedHashMap<>();
        config.fees().all().forEach((exchange, f) -> fees.put(exchange.id(),
                Map.of("maker_bps", f.makerBps(), "taker_bps", f.takerBps())));
        m.put("fees", fees);
        return m;
    }
}
