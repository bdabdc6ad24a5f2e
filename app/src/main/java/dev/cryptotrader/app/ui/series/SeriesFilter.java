package dev.cryptotrader.app.ui.series;

import dev.cryptotrader.trading.port.SeriesInfo;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the search field matches: every word of the query must appear in the symbol ({@code btc}, {@code btc/usd},
 * {@code btcusd}), the exchange ({@code bitst}) or be the timeframe ({@code 1h}). Case does not matter.
 */
final class SeriesFilter {

    private SeriesFilter() {
    }

    static Predicate<SeriesInfo> of(String query) {
        String[] words = query == null ? new String[0] : query.trim().toLowerCase(Locale.ROOT).split("\\s+");
        String[] nonEmpty = Arrays.stream(words).filter(w -> !w.isEmpty()).toArray(String[]::new);
        if (nonEmpty.length == 0) {
            return info -> true;
        }
        return info -> Arrays.stream(nonEmpty).allMatch(word -> matches(info, word));
    }

    private static boolean matches(SeriesInfo info, String word) {
        String symbol = info.key().instrument().symbol().toLowerCase(Locale.ROOT);
        String bare = word.replace("/", "").replace("-", "");
        return symbol.contains(word) || symbol.replace("/", "").contains(bare)
                || info.key().exchange().id().contains(word)
                || info.key().timeframe().label().equals(word);
    }
}
