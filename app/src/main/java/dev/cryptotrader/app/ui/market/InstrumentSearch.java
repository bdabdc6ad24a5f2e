package dev.cryptotrader.app.ui.market;

import dev.cryptotrader.trading.marketdata.exchange.InstrumentInfo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds instruments in a venue's listing as the user types: case-insensitive on the base, the quote, {@code BASE/QUOTE}
 * and the venue's own spelling ({@code BTCUSDT}, {@code tBTCUST}, {@code BTC-USDT}); separators and spaces do not
 * matter ({@code btc usdt}, {@code btc-usdt}). Exact matches come first, then prefixes, then a matching quote, then
 * the rest; within each, pairs that trade come before halted ones, then alphabetical.
 */
final class InstrumentSearch {

    private static final Comparator<Scored> ORDER = Comparator.comparingInt(Scored::rank)
            .thenComparing(s -> !s.info().trading())
            .thenComparing(s -> s.info().instrument().symbol());

    private InstrumentSearch() {
    }

    /** The first {@code max} matches of {@code query} in order, and how many more there are. */
    static Found find(List<InstrumentInfo> listing, String query, int max) {
        List<InstrumentInfo> all = find(listing, query);
        return new Found(all.subList(0, Math.min(max, all.size())), Math.max(0, all.size() - max));
    }

    /** Every match of {@code query}, best first. */
    static List<InstrumentInfo> find(List<InstrumentInfo> listing, String query) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        String bare = bare(q);
        List<Scored> hits = new ArrayList<>();
        for (InstrumentInfo info : listing) {
            int rank = bare.isEmpty() ? 0 : rank(info, q, bare);
            if (rank >= 0) {
                hits.add(new Scored(info, rank));
            }
        }
        hits.sort(ORDER);
        return hits.stream().map(Scored::info).toList();
    }

    /** 0 exact, 1 prefix, 2 the quote asset, 3 contained somewhere; -1 no match. */
    private static int rank(InstrumentInfo info, String q, String bare) {
        String base = info.instrument().base().toLowerCase(Locale.ROOT);
        String quote = info.instrument().quote().toLowerCase(Locale.ROOT);
        String pair = base + quote;
        String symbol = info.instrument().symbol().toLowerCase(Locale.ROOT);
        String nativeSymbol = info.nativeSymbol().toLowerCase(Locale.ROOT);
        String nativeBare = bare(nativeSymbol);
        if (base.equals(bare) || pair.equals(bare) || symbol.equals(q) || nativeSymbol.equals(q)
                || nativeBare.equals(bare)) {
            return 0;
        }
        if (base.startsWith(bare) || pair.startsWith(bare) || nativeSymbol.startsWith(q)
                || nativeBare.startsWith(bare)) {
            return 1;
        }
        if (quote.startsWith(bare)) {
            return 2;
        }
        return pair.contains(bare) || nativeBare.contains(bare) ? 3 : -1;
    }

    /** Lower case without separators: "BTC/USDT", "btc-usdt", "btc usdt" and "tBTC:UST" lose their '/', '-', ' ', ':'. */
    private static String bare(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    record Found(List<InstrumentInfo> shown, int hidden) {
    }

    private record Scored(InstrumentInfo info, int rank) {
    }
}
