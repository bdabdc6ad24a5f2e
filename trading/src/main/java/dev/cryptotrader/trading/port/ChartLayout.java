package dev.cryptotrader.trading.port;

import dev.cryptotrader.trading.indicators.IndicatorSpec;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What a named chart layout keeps: the indicators chosen with their parameters (stored in their text form, such as
 * {@code sma(20)} or {@code bb(20,2)}), which panes are shown, in order (names the app chooses, e.g. {@code volume},
 * {@code rsi(14)}), and small free-form settings (e.g. {@code timeframe=1h}). Checked when made.
 *
 * @param indicators in the order they were added; no spec twice
 * @param panes      in display order; no name twice
 * @param settings   sorted by key
 */
public record ChartLayout(String name, List<IndicatorSpec> indicators, List<String> panes,
                          SortedMap<String, String> settings) {

    public static final int MAX_NAME_LENGTH = 64;
    public static final int MAX_ENTRIES = 64;
    public static final int MAX_VALUE_LENGTH = 1_000;

    private static final Pattern PRINTABLE = Pattern.compile("[^\\p{Cntrl}]+");

    public ChartLayout {
        name = checkName(name, "layout name");
        indicators = List.copyOf(Objects.requireNonNull(indicators, "indicators"));
        panes = List.copyOf(Objects.requireNonNull(panes, "panes")).stream().map(p -> checkName(p, "pane name"))
                .toList();
        checkEntries("indicators", indicators.size());
        checkEntries("panes", panes.size());
        checkEntries("settings", Objects.requireNonNull(settings, "settings").size());
        noRepeats(name, "indicator", indicators.stream().map(IndicatorSpec::text).toList());
        noRepeats(name, "pane", panes);
        TreeMap<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> e : settings.entrySet()) {
            String key = checkName(e.getKey(), "setting name");
            String value = Objects.requireNonNull(e.getValue(), () -> "setting '" + key + "' has no value");
            if (value.length() > MAX_VALUE_LENGTH) {
                throw new IllegalArgumentException("setting '" + key + "' is " + value.length()
                        + " characters long; at most " + MAX_VALUE_LENGTH + " are kept");
            }
            if (copy.put(key, value) != null) {
                throw new IllegalArgumentException("setting '" + key + "' is given twice");
            }
        }
        settings = Collections.unmodifiableSortedMap(copy);
    }

    public static ChartLayout of(String name, List<IndicatorSpec> indicators, List<String> panes,
                                 Map<String, String> settings) {
        return new ChartLayout(name, indicators, panes, new TreeMap<>(settings));
    }

    private static String checkName(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        String s = text.strip();
        if (s.length() > MAX_NAME_LENGTH || !PRINTABLE.matcher(s).matches()) {
            throw new IllegalArgumentException(what + " '" + s + "' is invalid: use 1-" + MAX_NAME_LENGTH
                    + " printable characters");
        }
        return s;
    }

    private static void checkEntries(String what, int count) {
        if (count > MAX_ENTRIES) {
            throw new IllegalArgumentException("a layout holds at most " + MAX_ENTRIES + " " + what + ", got "
                    + count);
        }
    }

    private static void noRepeats(String layout, String what, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                throw new IllegalArgumentException(what + " " + n + " is in layout '" + layout + "' twice");
            }
        }
    }
}
