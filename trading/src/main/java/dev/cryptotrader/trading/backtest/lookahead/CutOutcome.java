package dev.cryptotrader.trading.backtest.lookahead;

import java.util.BitSet;
import java.util.List;

/**
 * What one re-run showed: every differing value is counted and its bar marked; only the first few are kept in detail,
 * since a strategy that leaks everywhere would otherwise give millions of entries.
 */
record CutOutcome(int cutAt, boolean atSignal, int changeCount, BitSet changedBars, List<LookaheadChange> listed) {
}
