package dev.cryptotrader.trading.levels;

import java.util.Arrays;

/**
 * For many (start, price) questions at once: the first bar at or after {@code start} whose close is above the price
 * (or, with sign -1, below it). One pass from the newest bar back with a stack of ever higher closes answers each in
 * O(log n), so a million bars with thousands of unbroken levels cost no more than a sort.
 */
final class FirstCloseBeyond {

    private FirstCloseBeyond() {
    }

    /** Answers per question (-1: never), in the order of {@code starts}; starts must be ascending. */
    static int[] find(double[] close, int size, int sign, int[] starts, double[] prices) {
        int[] answer = new int[starts.length];
        Arrays.fill(answer, -1);
        int[] stack = new int[size]; // bar indices; from the top down: nearer bars first, closes strictly rising
        int top = -1;
        int q = starts.length - 1;
        for (int i = size - 1; i >= 0 && q >= 0; i--) {
            double v = sign * close[i];
            while (top >= 0 && sign * close[stack[top]] <= v) {
                top--;
            }
            stack[++top] = i;
            for (; q >= 0 && starts[q] >= i; q--) {
                if (starts[q] == i) {
                    answer[q] = nearestAbove(close, sign, stack, top, sign * prices[q]);
                }
            }
        }
        return answer;
    }

    /** The stack entry nearest the top whose signed close exceeds {@code threshold}, or -1. */
    private static int nearestAbove(double[] close, int sign, int[] stack, int top, double threshold) {
        // Signed closes rise from the top (index top) to the bottom (index 0): find the highest position above.
        int lo = 0;
        int hi = top;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sign * close[stack[mid]] > threshold) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? -1 : stack[found];
    }
}
