package dev.cryptotrader.app.ui.replay;

import dev.cryptotrader.trading.domain.Candle;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How a stored bar is replayed as it might have formed: from the open to one extreme, to the other, to the close (an
 * up bar dips to its low first, a down bar rallies to its high first, the usual assumption of bar replays). Each
 * update is a forming candle whose high and low are the extremes reached so far, so every update lies within the
 * stored bar's range; the last one has the stored bar's values. Prices between way points are rounded to the bar's
 * own decimals, which keeps them between those points.
 */
final class IntrabarPath {

    /** Updates per leg of the path (open → first extreme → second extreme → close). */
    static final int STEPS_PER_LEG = 2;
    /** Forming updates per bar: the open, then {@link #STEPS_PER_LEG} per leg. */
    static final int UPDATES_PER_BAR = 1 + 3 * STEPS_PER_LEG;

    private IntrabarPath() {
    }

    /** The forming updates of {@code bar}, first the open, last the bar's own values. */
    static List<Candle> of(Candle bar) {
        boolean up = bar.close().compareTo(bar.open()) >= 0;
        BigDecimal[] points = {bar.open(), up ? bar.low() : bar.high(), up ? bar.high() : bar.low(), bar.close()};
        int scale = Math.max(Math.max(bar.open().scale(), bar.high().scale()),
                Math.max(bar.low().scale(), bar.close().scale()));
        List<Candle> updates = new ArrayList<>(UPDATES_PER_BAR);
        BigDecimal high = bar.open();
        BigDecimal low = bar.open();
        for (int u = 0; u < UPDATES_PER_BAR; u++) {
            BigDecimal price = u == 0 ? bar.open() : along(points, u, scale);
            high = high.max(price);
            low = low.min(price);
            BigDecimal volume = u == UPDATES_PER_BAR - 1 ? bar.volume() : bar.volume()
                    .multiply(BigDecimal.valueOf(u)).divide(BigDecimal.valueOf(UPDATES_PER_BAR - 1),
                            bar.volume().scale(), RoundingMode.DOWN);
            updates.add(new Candle(bar.openTime(), bar.open(), high, low, price, volume));
        }
        return updates;
    }

    /** The price {@code u} updates along the path (u ≥ 1). */
    private static BigDecimal along(BigDecimal[] points, int u, int scale) {
        int leg = (u - 1) / STEPS_PER_LEG;
        int step = (u - 1) % STEPS_PER_LEG + 1;
        BigDecimal from = points[leg];
        BigDecimal to = points[leg + 1];
        if (step == STEPS_PER_LEG) {
            return to;
        }
        BigDecimal fraction = BigDecimal.valueOf(step).divide(BigDecimal.valueOf(STEPS_PER_LEG), 10,
                RoundingMode.HALF_EVEN);
        return from.add(to.subtract(from).multiply(fraction)).setScale(scale, RoundingMode.HALF_EVEN);
    }
}
