package dev.cryptotrader.app.config;

import dev.cryptotrader.trading.domain.Exchange;
import dev.cryptotrader.trading.execution.FeeSchedule;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code "fees"} section: the user's maker and taker fees per exchange in bps, for backtests run without
 * {@code --fee-bps}, e.g. {@code "fees": {"binance": {"maker_bps": 7.5, "taker_bps": 7.5}}} for a VIP tier or a
 * fee-token discount. An exchange not listed keeps its public base tier; any exchange may be listed (Coinbase data
 * imported from a file needs its fees too).
 */
final class FeeSection {

    static final Set<String> KEYS = Set.of("maker_bps", "taker_bps");

    private FeeSection() {
    }

    static FeeSchedule read(ConfigNode section) {
        FeeSchedule schedule = FeeSchedule.defaults();
        Set<Exchange> seen = new HashSet<>();
        for (Map.Entry<String, ConfigNode> e : section.map().entrySet()) {
            ConfigNode venue = e.getValue();
            Exchange exchange;
            try {
                exchange = Exchange.of(e.getKey());
            } catch (IllegalArgumentException bad) {
                throw venue.problem(bad.getMessage());
            }
            if (!seen.add(exchange)) {
                throw venue.problem("exchange '" + exchange + "' has fees twice (names ignore case)");
            }
            Map<String, ConfigNode> m = venue.object(KEYS);
            double maker = venue.required(m, "maker_bps").number();
            double taker = venue.required(m, "taker_bps").number();
            try {
                schedule = schedule.with(exchange, maker, taker);
            } catch (IllegalArgumentException bad) {
                throw venue.problem(bad.getMessage());
            }
        }
        return schedule;
    }
}
