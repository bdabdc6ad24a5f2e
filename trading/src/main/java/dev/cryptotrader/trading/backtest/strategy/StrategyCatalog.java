package dev.cryptotrader.trading.backtest.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.Optional;

/**
 * Strategy ids to factories with parameter specs: what the CLI's {@code --strategy sma-cross --param fast=20}, the
 * JSON form and the backtest panel create strategies through. Errors name the problem and the valid choices.
 */
public final class StrategyCatalog {

    private static final String SHORT = "1 trades the short side instead: enter short on the cross below, exit on"
            + " the cross above (the engine ignores shorts unless shorting is on)";
    private static final int MAX_PERIOD = 100_000;

    private final Map<String, StrategyDescriptor> byId;

    public StrategyCatalog(List<StrategyDescriptor> descriptors) {
        Map<String, StrategyDescriptor> map = new LinkedHashMap<>();
        for (StrategyDescriptor d : descriptors) {
            if (map.putIfAbsent(d.id(), d) != null) {
                throw new IllegalArgumentException("strategy id " + d.id() + " is listed twice");
            }
        }
        this.byId = Collections.unmodifiableMap(map);
    }

    /** The built-in strategies. */
    public static StrategyCatalog builtIn() {
        return new StrategyCatalog(Stream.of(smaCross(), emaCross(), rsiReversion(), bollingerReversion(),
                bollingerBreakout(), macdCross(), donchianBreakout(), MtfTrendStrategy.descriptor())
                .map(StrategyCatalog::withExits).toList());
    }

    /** {@code d} plus {@code stop_pct} and {@code target_pct} ({@link ProtectiveExits}; 0, the default, is none). */
    static StrategyDescriptor withExits(StrategyDescriptor d) {
        List<ParamSpec> parameters = new ArrayList<>(d.parameters());
        parameters.add(ParamSpec.decimal(ProtectiveExits.STOP, 0, 0, 99,
                "protective stop, % below (short: above) the entry bar's close; 0: none"));
        parameters.add(ParamSpec.decimal(ProtectiveExits.TARGET, 0, 0, 10_000,
                "take-profit target, % above (short: below) the entry bar's close; 0: none"));
        return new StrategyDescriptor(d.id(), d.description(), parameters, p -> {
            Map<String, Double> own = new LinkedHashMap<>(p);
            double stop = own.remove(ProtectiveExits.STOP);
            double target = own.remove(ProtectiveExits.TARGET);
            return ProtectiveExits.wrap(d.factory().apply(own), stop, target);
        });
    }

    private static StrategyDescriptor smaCross() {
        return new StrategyDescriptor(SmaCross.ID,
                "Long when the fast SMA crosses above the slow SMA, out when it crosses below",
                List.of(period("fast", 20, 1, "fast SMA period (bars)"),
                        period("slow", 100, 2, "slow SMA period (bars), more than fast"),
                        ParamSpec.flag("short", SHORT)),
                p -> new SmaCross(whole(p, "fast"), whole(p, "slow"), flag(p, "short")));
    }

    private static StrategyDescriptor emaCross() {
        return new StrategyDescriptor(EmaCross.ID,
                "Long when the fast EMA crosses above the slow EMA, out when it crosses below",
                List.of(period("fast", 12, 1, "fast EMA period (bars)"),
                        period("slow", 26, 2, "slow EMA period (bars), more than fast"),
                        ParamSpec.flag("short", SHORT)),
                p -> new EmaCross(whole(p, "fast"), whole(p, "slow"), flag(p, "short")));
    }

    private static StrategyDescriptor rsiReversion() {
        return new StrategyDescriptor(RsiReversion.ID,
                "Long when RSI crosses back up through the lower level, out when RSI is above the upper level",
                List.of(period("period", 14, 1, "RSI period (bars)"),
                        ParamSpec.decimal("lower", 30, 0, 100, "oversold level: entry when RSI crosses up through it"),
                        ParamSpec.decimal("upper", 70, 0, 100, "overbought level: exit when RSI is above it")),
                p -> new RsiReversion(whole(p, "period"), p.get("lower"), p.get("upper")));
    }

    private static StrategyDescriptor bollingerReversion() {
        return new StrategyDescriptor(BollingerReversion.ID,
                "Long when the close crosses below the lower Bollinger band, out when it closes above the middle band",
                bollingerParameters(), p -> new BollingerReversion(whole(p, "period"), p.get("k")));
    }

    private static StrategyDescriptor bollingerBreakout() {
        return new StrategyDescriptor(BollingerBreakout.ID,
                "Long when the close is above the upper Bollinger band, out when it closes below the middle band",
                bollingerParameters(), p -> new BollingerBreakout(whole(p, "period"), p.get("k")));
    }

    private static StrategyDescriptor macdCross() {
        return new StrategyDescriptor(MacdCross.ID,
                "Long when the MACD line crosses above its signal line, out when it crosses below",
                List.of(period("fast", 12, 1, "fast EMA period (bars)"),
                        period("slow", 26, 2, "slow EMA period (bars), more than fast"),
                        period("signal", 9, 1, "signal line EMA period (bars)"),
                        ParamSpec.flag("short", SHORT)),
                p -> new MacdCross(whole(p, "fast"), whole(p, "slow"), whole(p, "signal"), flag(p, "short")));
    }

    private static StrategyDescriptor donchianBreakout() {
        return new StrategyDescriptor(DonchianBreakout.ID,
                "Long when the close breaks above the highest high of the previous entry bars, out when it breaks"
                        + " below the lowest low of the previous exit bars",
                List.of(period("entry", 20, 1, "entry channel: bars before the current one"),
                        period("exit", 10, 1, "exit channel: bars before the current one")),
                p -> new DonchianBreakout(whole(p, "entry"), whole(p, "exit")));
    }

    /** This catalogue plus more strategies (for example multi-timeframe ones). */
    public StrategyCatalog with(StrategyDescriptor... more) {
        List<StrategyDescriptor> all = new ArrayList<>(byId.values());
        all.addAll(List.of(more));
        return new StrategyCatalog(all);
    }

    public List<StrategyDescriptor> strategies() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public Optional<StrategyDescriptor> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id.trim().toLowerCase(Locale.ROOT)));
    }

    /** The strategy's descriptor, or an error listing the known ids. */
    public StrategyDescriptor descriptor(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown strategy '" + id + "' (known: "
                + String.join(", ", byId.keySet()) + ")"));
    }

    /**
     * The strategy with {@code params} bound and defaults for the rest. Errors: an unknown strategy (the known ids are
     * listed), an unknown parameter (the valid ones are listed), a value out of range or not whole, or values that
     * do not fit together (fast not below slow).
     */
    public Strategy create(String id, Map<String, Double> params) {
        StrategyDescriptor descriptor = descriptor(id);
        Map<String, Double> given = params == null ? Map.of() : params;
        for (String name : given.keySet()) {
            if (!descriptor.parameterNames().contains(name)) {
                throw new IllegalArgumentException(descriptor.id() + " has no parameter '" + name
                        + "' (its parameters: " + String.join(", ", descriptor.parameterNames()) + ")");
            }
        }
        Map<String, Double> bound = new LinkedHashMap<>();
        for (ParamSpec spec : descriptor.parameters()) {
            Double value = given.getOrDefault(spec.name(), spec.defaultValue());
            if (value == null) {
                throw new IllegalArgumentException(descriptor.id() + ": " + spec.name() + " has no value");
            }
            try {
                spec.check(value);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(descriptor.id() + ": " + e.getMessage(), e);
            }
            bound.put(spec.name(), value);
        }
        try {
            return descriptor.factory().apply(Collections.unmodifiableMap(bound));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(descriptor.id() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The CLI's {@code --param fast=20 --param slow=100} as a map for {@link #create}; an error names the item that
     * is not {@code name=number} or a name given twice.
     */
    public static Map<String, Double> parseAssignments(List<String> assignments) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String item : assignments) {
            int eq = item.indexOf('=');
            String name = eq < 0 ? "" : item.substring(0, eq).trim();
            String text = eq < 0 ? "" : item.substring(eq + 1).trim();
            if (name.isEmpty() || text.isEmpty()) {
                throw new IllegalArgumentException("--param '" + item + "': expected name=value, e.g. fast=20");
            }
            double value;
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--param '" + item + "': '" + text + "' is not a number");
            }
            if (out.put(name, value) != null) {
                throw new IllegalArgumentException("--param " + name + " is given twice");
            }
        }
        return out;
    }

    private static List<ParamSpec> bollingerParameters() {
        return List.of(period("period", 20, 2, "bands' SMA and standard deviation period (bars)"),
                ParamSpec.decimal("k", 2, 0.1, 10, "band width in standard deviations"));
    }

    private static ParamSpec period(String name, int defaultValue, int min, String description) {
        return ParamSpec.whole(name, defaultValue, min, MAX_PERIOD, description);
    }

    private static int whole(Map<String, Double> p, String name) {
        return (int) Math.round(p.get(name));
    }

    private static boolean flag(Map<String, Double> p, String name) {
        return p.get(name) != 0;
    }
}
