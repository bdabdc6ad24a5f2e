package dev.cryptotrader.trading.backtest.strategy;

/**
 * A strategy JSON that cannot be used: {@link #path()} says where ({@code entry.any[1].above[0]}, empty for the whole
 * document) and {@link #problem()} what was wrong; the message is {@code path: problem}.
 */
public final class StrategyJsonException extends IllegalArgumentException {

    private final String path;
    private final String problem;

    public StrategyJsonException(String path, String problem) {
        super(path.isEmpty() ? problem : path + ": " + problem);
        this.path = path;
        this.problem = problem;
    }

    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
