package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.backtest.strategy.ParamSpec;
import dev.cryptotrader.trading.backtest.strategy.RuleStrategy;
import dev.cryptotrader.trading.backtest.strategy.Strategy;
import dev.cryptotrader.trading.backtest.strategy.StrategyCatalog;
import dev.cryptotrader.trading.backtest.strategy.StrategyJson;
import dev.cryptotrader.trading.backtest.strategy.StrategyJsonException;
import dev.cryptotrader.trading.backtest.sweep.ParameterAxis;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which strategy a command runs: a catalogue id with {@code --param NAME=VALUE}s, or a JSON file in the declarative
 * form ({@code {"strategy": "sma-cross", "params": {...}}} or an entry/exit rule). Every mistake is a
 * {@link BadInputException} that names the valid choices.
 */
public final class StrategyOptions {

    /** The strategies the CLI knows: the built-ins plus the multi-timeframe trend strategy. */
    static final StrategyCatalog CATALOG = StrategyCatalog.builtIn();

    @Option(names = "--strategy", paramLabel = "ID", completionCandidates = Ids.class,
            description = "Strategy id: ${COMPLETION-CANDIDATES} (see --list-strategies)")
    String id;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A strategy parameter, repeatable: --param fast=20 --param slow=100 (flags: short=true)")
    List<String> params = new ArrayList<>();

    @Option(names = "--strategy-file", paramLabel = "FILE",
            description = "The strategy as JSON: {\"strategy\":\"sma-cross\",\"params\":{\"fast\":20}} or a rule "
                    + "{\"entry\":{...},\"exit\":{...}}; --param overrides a built-in's params")
    Path file;

    @Option(names = "--list-strategies", help = true,
            description = "List every strategy with its parameters, defaults and ranges, then exit.")
    boolean list;

    private final StrategyCatalog catalog;
    private Spec resolved;

    /** With the CLI's catalogue (picocli makes the mixin this way). */
    public StrategyOptions() {
        this(CATALOG);
    }

    /** With another catalogue: tests bring strategies of their own. */
    StrategyOptions(StrategyCatalog catalog) {
        this.catalog = catalog;
    }

    boolean listRequested() {
        return list;
    }

    /** The strategy with every parameter bound. */
    Strategy strategy() {
        Spec spec = spec();
        return spec.rule() != null ? spec.rule() : spec.create(spec.params());
    }

    /** What the options name, checked: a bad id, parameter or file is refused here, before any data is read. */
    Spec spec() {
        if (resolved == null) {
            resolved = resolve();
        }
        return resolved;
    }

    /**
     * A catalogue strategy with its fixed parameters ({@code params}: the file's and {@code --param}'s;
     * {@code explicit}: the names given with {@code --param}), or, with {@code id} null, a rule strategy from a file,
     * which has no parameters.
     */
    record Spec(StrategyCatalog catalog, String id, Map<String, Double> params, Set<String> explicit,
                Strategy rule) {

        /** The catalogue strategy with {@code parameters} bound, or a {@link BadInputException} naming the problem. */
        Strategy create(Map<String, Double> parameters) {
            try {
                return catalog.create(id, parameters);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }

        /** The strategy's name for progress lines and reports. */
        String name() {
            return id != null ? id : rule.label();
        }
    }

    private Spec resolve() {
        if (id != null && file != null) {
            throw new BadInputException("give --strategy or --strategy-file, not both");
        }
        if (id == null && file == null) {
            throw new BadInputException("name a strategy with --strategy ID (one of: " + String.join(", ",
                    catalog.ids()) + ") or give --strategy-file FILE");
        }
        Map<String, Double> given = parseParams(params);
        if (id != null) {
            String known = catalog.find(id).orElseThrow(() -> new BadInputException("unknown strategy '" + id
                    + "' (known: " + String.join(", ", catalog.ids()) + ")")).id();
            Spec spec = new Spec(catalog, known, given, given.keySet(), null);
            spec.create(given); // refuses unknown parameters and bad values now
            return spec;
        }
        Strategy fromFile = readFile(file);
        if (fromFile instanceof RuleStrategy) {
            if (!given.isEmpty()) {
                throw new BadInputException(file + " holds a rule strategy, which has no parameters to set with"
                        + " --param; edit the file instead");
            }
            return new Spec(catalog, null, Map.of(), Set.of(), fromFile);
        }
        Map<String, Double> merged = new LinkedHashMap<>(fromFile.parameters());
        merged.putAll(given);
        Spec spec = new Spec(catalog, fromFile.id(), merged, given.keySet(), null);
        spec.create(merged);
        return spec;
    }

    private Strategy readFile(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException("strategy file " + file + " does not exist");
        } catch (IOException e) {
            throw new BadInputException("cannot read strategy file " + file + ": " + e.getMessage());
        }
        try {
            return StrategyJson.parse(json, catalog);
        } catch (StrategyJsonException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }

    /** {@code NAME=VALUE} pairs; VALUE is a number or, for flags, true/false/yes/no. */
    static Map<String, Double> parseParams(List<String> pairs) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new BadInputException("bad --param '" + pair + "': use NAME=VALUE, e.g. --param fast=20");
            }
            String name = pair.substring(0, eq).trim();
            if (out.put(name, number(pair.substring(eq + 1).trim(), "--param " + name)) != null) {
                throw new BadInputException("--param " + name + " is given twice");
            }
        }
        return out;
    }

    static double number(String text, String what) {
        switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> {
                return 1;
            }
            case "false", "no", "off" -> {
                return 0;
            }
            default -> {
                try {
                    double v = Double.parseDouble(text);
                    if (Double.isFinite(v)) {
                        return v;
                    }
                } catch (NumberFormatException ignored) {
                    // reported below with the option's name
                }
                throw new BadInputException(what + ": '" + text + "' is not a number");
            }
        }
    }

    /** Every strategy with its parameters, for {@code --list-strategies}. */
    List<String> describeAll() {
        List<String> lines = new ArrayList<>();
        catalog.strategies().forEach(d -> {
            lines.add(d.id() + ": " + d.description());
            for (ParamSpec p : d.parameters()) {
                lines.add(String.format(Locale.ROOT, "    %-11s default %-6s %-22s %s", p.name(),
                        ParameterAxis.format(p.defaultValue()), range(p), p.description()));
            }
        });
        return lines;
    }

    private static String range(ParamSpec p) {
        if (p.integer() && p.min() == 0 && p.max() == 1) {
            return "(flag: true/false)";
        }
        return "[" + ParameterAxis.format(p.min()) + ", " + ParameterAxis.format(p.max()) + "]"
                + (p.integer() ? " whole" : "");
    }

    /** The ids picocli lists in the help. */
    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return CATALOG.ids().iterator();
        }
    }
}
