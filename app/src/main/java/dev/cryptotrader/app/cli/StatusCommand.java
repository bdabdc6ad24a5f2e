package dev.cryptotrader.app.cli;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.marketdata.exchange.ExchangeMarketData;
import dev.cryptotrader.trading.port.CandleStore;
import dev.cryptotrader.trading.port.SeriesInfo;
import dev.cryptotrader.trading.venue.RateLimitUsage;
import dev.cryptotrader.trading.venue.RateLimited;
import dev.cryptotrader.trading.venue.VenueConfig;
import dev.cryptotrader.trading.venue.Venues;
import picocli.CommandLine.Command;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rate-limit usage lives in the adapters of one process, and a CLI process starts with fresh ones: it cannot see what
 * the running app or another command has spent, nor what the venue has counted against our IP. So status shows the
 * budgets with what this process has spent (nothing) and says so, rather than pretending to know more.
 */
@Command(name = "status", description = "Show what is stored and the client-side rate-limit budgets per exchange.")
final class StatusCommand extends StoreCommand {

    static final String FRESH_PROCESS_NOTE = "usage is this process's own and it has sent no requests; what the app "
            + "or other processes have spent, and what the venue counts against this IP, is not visible here";

    @Override
    protected int run(CandleStore store) throws Exception {
        List<SeriesInfo> series = store.listSeries();
        long bars = series.stream().mapToLong(SeriesInfo::barCount).sum();
        Map<Exchange, List<RateLimitUsage>> budgets = new LinkedHashMap<>();
        for (Exchange exchange : Venues.supported()) {
            budgets.put(exchange, budgetsOf(Venues.marketData(exchange, VenueConfig.defaults())));
        }
        if (json()) {
            printJson(toJson(series.size(), bars, budgets));
            return 0;
        }
        out().println("database  " + databasePath());
        out().println("series    " + series.size() + " stored, " + bars + " bars");
        out().println("rate limits (client-side budgets, used/limit per window):");
        budgets.forEach((exchange, usage) -> {
            if (usage.isEmpty()) {
                out().printf("  %-9s no budget reported by the adapter%n", exchange);
            }
            for (RateLimitUsage u : usage) {
                out().printf("  %-9s %-40s %6d/%-6d %s%n", exchange, u.budget(), u.used(), u.limit(),
                        u.level().name().toLowerCase(Locale.ROOT));
            }
        });
        out().println("note: " + FRESH_PROCESS_NOTE);
        out().flush();
        return 0;
    }

    private static List<RateLimitUsage> budgetsOf(ExchangeMarketData adapter) {
        return adapter instanceof RateLimited limited ? limited.rateLimitUsage() : List.of();
    }

    private Map<String, Object> toJson(int seriesCount, long bars, Map<Exchange, List<RateLimitUsage>> budgets) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("database", databasePath().toString());
        m.put("series", seriesCount);
        m.put("bars", bars);
        List<Map<String, Object>> exchanges = new ArrayList<>();
        budgets.forEach((exchange, usage) -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("exchange", exchange.id());
            e.put("budgets", usage.stream().map(StatusCommand::toJson).toList());
            exchanges.add(e);
        });
        m.put("rate_limits", exchanges);
        m.put("rate_limit_note", FRESH_PROCESS_NOTE);
        return m;
    }

    private static Map<String, Object> toJson(RateLimitUsage u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("budget", u.budget());
        m.put("used", u.used());
        m.put("limit", u.limit());
        m.put("level", u.level().name().toLowerCase(Locale.ROOT));
        return m;
    }
}
