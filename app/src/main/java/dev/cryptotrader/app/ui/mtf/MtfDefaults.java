package dev.cryptotrader.app.ui.mtf;

import dev.cryptotrader.trading.domain.Timeframe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The timeframes a multi-timeframe view opens with: the chart's own and, above it, context about twelve times
 * coarser each step (5m → 1h → 1d, 1m → 15m → 4h), highest first. Without a higher one, finer ones fill in.
 */
final class MtfDefaults {

    static final int MIN_PANES = 2;
    static final int MAX_PANES = 4;
    private static final Timeframe[] LADDER = {Timeframe.M1, Timeframe.M5, Timeframe.M15, Timeframe.H1,
        Timeframe.H4, Timeframe.D1, Timeframe.W1};

    private MtfDefaults() {
    }

    static List<Timeframe> timeframes(Timeframe trading, int panes) {
        checkCount(panes);
        List<Timeframe> picked = new ArrayList<>(List.of(trading));
        Timeframe last = trading;
        while (picked.size() < panes && context(last) != null) {
            last = context(last);
            picked.add(last);
        }
        for (int i = LADDER.length - 1; i >= 0 && picked.size() < panes; i--) {
            if (!picked.contains(LADDER[i]) && LADDER[i].millis() < trading.millis()) {
                picked.add(LADDER[i]);
            }
        }
        for (int i = 0; i < LADDER.length && picked.size() < panes; i++) {
            if (!picked.contains(LADDER[i])) {
                picked.add(LADDER[i]);
            }
        }
        picked.sort(Comparator.comparingLong(Timeframe::millis).reversed());
        return picked;
    }

    static void checkCount(int panes) {
        if (panes < MIN_PANES || panes > MAX_PANES) {
            throw new IllegalArgumentException("a multi-timeframe view has " + MIN_PANES + " to " + MAX_PANES
                    + " panes, not " + panes);
        }
    }

    /** The first ladder step at least twelve times {@code tf}, or null above 1d. */
    private static Timeframe context(Timeframe tf) {
        for (Timeframe t : LADDER) {
            if (t.millis() >= 12 * tf.millis()) {
                return t;
            }
        }
        return tf == Timeframe.D1 ? Timeframe.W1 : null;
    }
}
