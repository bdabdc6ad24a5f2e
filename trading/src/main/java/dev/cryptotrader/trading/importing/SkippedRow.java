package dev.cryptotrader.trading.importing;

/** A row dropped in {@link OnError#SKIP} mode: its 1-based physical line in the file and why. */
public record SkippedRow(long line, String problem) {

    @Override
    public String toString() {
        return "line " + line + ": " + problem;
    }
}
