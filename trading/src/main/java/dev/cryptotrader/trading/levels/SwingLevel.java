package dev.cryptotrader.trading.levels;

/**
 * A swing high (resistance) or swing low (support) at bar {@code pivotBar}, known from {@code confirmedBar} on (the
 * close of the N-th bar after the pivot), until a close beyond it at {@code brokenBar} (-1 while it holds).
 */
public record SwingLevel(Kind kind, int pivotBar, int confirmedBar, double price, int brokenBar) {

    public enum Kind {
        /** A swing high: "R". */
        RESISTANCE("R"),
        /** A swing low: "S". */
        SUPPORT("S");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether a trader at the close of bar {@code bar} knows this level and it has not been broken yet. */
    public boolean activeAt(int bar) {
        return bar >= confirmedBar && (brokenBar < 0 || bar < brokenBar);
    }

    /** The last bar it is drawn over: the breaking bar, or {@code lastBar} while it holds. */
    public int endBar(int lastBar) {
        return brokenBar < 0 ? lastBar : brokenBar;
    }
}
