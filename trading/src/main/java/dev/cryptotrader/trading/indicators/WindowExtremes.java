package dev.cryptotrader.trading.indicators;

/**
 * Highest and lowest value of each trailing window {@code [max(0, i - period + 1), i]}, by a monotonic queue of
 * indices: linear time for any period. Inputs must not hold NaN (prices never do).
 */
final class WindowExtremes {

    private WindowExtremes() {
    }

    static double[] max(double[] x, int period) {
        return extremes(x, period, true);
    }

    static double[] min(double[] x, int period) {
        return extremes(x, period, false);
    }

    private static double[] extremes(double[] x, int period, boolean highest) {
        double[] out = new double[x.length];
        int[] queue = new int[Math.max(1, Math.min(x.length, period))]; // ring of candidate indices, best first
        int head = 0;
        int count = 0;
        for (int i = 0; i < x.length; i++) {
            if (count > 0 && queue[head] <= i - period) {
                head = (head + 1) % queue.length;
                count--;
            }
            while (count > 0) {
                int tail = (head + count - 1) % queue.length;
                double v = x[queue[tail]];
                if (highest ? v <= x[i] : v >= x[i]) {
                    count--;
                } else {
                    break;
                }
            }
            queue[(head + count) % queue.length] = i;
            count++;
            out[i] = x[queue[head]];
        }
        return out;
    }
}
