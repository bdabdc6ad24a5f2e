package dev.cryptotrader.app.config;

import dev.cryptotrader.trading.config.Durations;
import dev.cryptotrader.trading.config.SchedulerSettings;
import dev.cryptotrader.trading.config.ShortcutSetting;
import dev.cryptotrader.trading.config.UserConfig;
import dev.cryptotrader.trading.config.VenueOverrides;
import dev.cryptotrader.trading.config.WatchlistEntry;
import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.domain.Instrument;
import dev.cryptotrader.trading.domain.SeriesKey;
import dev.cryptotrader.trading.domain.Timeframe;
import dev.cryptotrader.trading.execution.FeeSchedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the JSON of the config file into a {@link UserConfig}. Strict on purpose: an unknown key is an error, not
 * ignored, because a misspelt {@code backfil_every} would otherwise leave the default in force without a word.
 * Each check that the domain types already make (timeframe, symbol, URL, interval rules) is theirs; this class only
 * says where in the file the value was.
 */
final class UserConfigReader {

    static final Set<String> TOP_KEYS = Set.of("exchanges", "watchlist", "scheduler", "shortcuts", "fees");
    static final Set<String> EXCHANGE_KEYS = Set.of("rest_base_url", "ws_base_url", "symbols");
    static final Set<String> ENTRY_KEYS = Set.of("exchange", "symbol", "timeframe", "from");
    static final Set<String> SCHEDULER_KEYS = Set.of("backfill_every", "backfill_jitter", "gap_repair_every",
            "gap_repair_jitter", "backfill_history");

    private UserConfigReader() {
    }

    static UserConfig read(LocatedJson json) {
        ConfigNode root = json.root();
        Map<String, ConfigNode> top = root.object(TOP_KEYS);
        Map<Exchange, VenueOverrides> exchanges = ConfigNode.optional(top, "exchanges", UserConfigReader::exchanges)
                .orElse(Map.of());
        List<WatchlistEntry> watchlist = ConfigNode.optional(top, "watchlist", UserConfigReader::watchlist)
                .orElse(List.of());
        SchedulerSettings scheduler = ConfigNode.optional(top, "scheduler", UserConfigReader::scheduler)
                .orElse(SchedulerSettings.defaults());
        List<ShortcutSetting> shortcuts = ConfigNode.optional(top, "shortcuts", ShortcutSection::read)
                .orElse(List.of());
        FeeSchedule fees = ConfigNode.optional(top, "fees", FeeSection::read).orElse(FeeSchedule.defaults());
        try {
            return new UserConfig(exchanges, watchlist, scheduler, shortcuts, fees);
        } catch (IllegalArgumentException e) { // a rule across entries, such as a series listed twice
            throw (top.containsKey("watchlist") ? top.get("watchlist") : root).problem(e.getMessage());
        }
    }

    private static Map<Exchange, VenueOverrides> exchanges(ConfigNode node) {
        Map<Exchange, VenueOverrides> overrides = new HashMap<>();
        node.map().forEach((name, settings) -> {
            Exchange exchange = tradable(settings, name);
            Map<String, ConfigNode> m = settings.object(EXCHANGE_KEYS);
            Optional<String> rest = ConfigNode.optional(m, "rest_base_url", n -> n.as(UserConfigReader::restUrl));
            Optional<String> ws = ConfigNode.optional(m, "ws_base_url", n -> n.as(UserConfigReader::wsUrl));
            Map<Instrument, String> symbols = ConfigNode.optional(m, "symbols", UserConfigReader::symbols)
                    .orElse(Map.of());
            if (overrides.put(exchange, new VenueOverrides(rest, ws, symbols)) != null) {
                throw settings.problem("exchange '" + exchange + "' is configured twice (names ignore case)");
            }
        });
        return overrides;
    }

    private static Map<Instrument, String> symbols(ConfigNode node) {
        Map<Instrument, String> symbols = new HashMap<>();
        node.map().forEach((ours, theirs) -> {
            Instrument instrument;
            try {
                instrument = Instrument.parse(ours);
            } catch (IllegalArgumentException e) {
                throw theirs.problem(e.getMessage());
            }
            String spelling = theirs.text();
            if (spelling.isBlank() || spelling.chars().anyMatch(Character::isWhitespace)) {
                throw theirs.problem("the exchange's spelling of " + instrument + " must be one word, was '"
                        + spelling + "'");
            }
            if (symbols.put(instrument, spelling) != null) {
                throw theirs.problem(instrument + " has two spellings");
            }
        });
        return symbols;
    }

    private static List<WatchlistEntry> watchlist(ConfigNode node) {
        List<WatchlistEntry> entries = new ArrayList<>();
        for (ConfigNode element : node.array()) {
            Map<String, ConfigNode> m = element.object(ENTRY_KEYS);
            ConfigNode exchangeNode = element.required(m, "exchange");
            Exchange exchange = tradable(exchangeNode, exchangeNode.text());
            Instrument instrument = element.required(m, "symbol").as(Instrument::parse);
            Timeframe timeframe = element.required(m, "timeframe").as(Timeframe::parse);
            Optional<Long> from = ConfigNode.optional(m, "from", n -> n.as(UserConfigReader::time));
            entries.add(new WatchlistEntry(new SeriesKey(exchange, instrument, timeframe), from));
        }
        return entries;
    }

    private static SchedulerSettings scheduler(ConfigNode node) {
        Map<String, ConfigNode> m = node.object(SCHEDULER_KEYS);
        SchedulerSettings d = SchedulerSettings.defaults();
        try {
            return new SchedulerSettings(duration(m, "backfill_every", d.backfillEvery()),
                    duration(m, "backfill_jitter", d.backfillJitter()),
                    duration(m, "gap_repair_every", d.gapRepairEvery()),
                    duration(m, "gap_repair_jitter", d.gapRepairJitter()),
                    duration(m, "backfill_history", d.backfillHistory()));
        } catch (IllegalArgumentException e) {
            if (e instanceof ConfigFileException located) {
                throw located;
            }
            throw node.problem(e.getMessage());
        }
    }

    private static Duration duration(Map<String, ConfigNode> m, String key, Duration fallback) {
        return ConfigNode.optional(m, key, n -> n.as(Durations::parse)).orElse(fallback);
    }

    private static Exchange tradable(ConfigNode where, String name) {
        Exchange exchange;
        try {
            exchange = Exchange.of(name);
        } catch (IllegalArgumentException e) {
            throw where.problem(e.getMessage());
        }
        if (!exchange.isTradable()) {
            throw where.problem("unknown exchange '" + name + "'; the scheduler and venue settings know bitfinex, "
                    + "binance and kucoin");
        }
        return exchange;
    }

    private static String restUrl(String url) {
        return new VenueOverrides(Optional.of(url), Optional.empty(), Map.of()).restBaseUrl().orElseThrow();
    }

    private static String wsUrl(String url) {
        return new VenueOverrides(Optional.empty(), Optional.of(url), Map.of()).wsBaseUrl().orElseThrow();
    }

    /** {@code 2024-01-31} (midnight UTC) or an instant such as {@code 2024-01-31T16:00:00Z}. */
    private static Long time(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()
                    : Instant.parse(text).toEpochMilli();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time: write 2024-01-31 or "
                    + "2024-01-31T16:00:00Z (UTC)");
        }
    }
}
