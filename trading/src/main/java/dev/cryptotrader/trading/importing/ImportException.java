package dev.cryptotrader.trading.importing;

/**
 * A file that cannot be imported. The message names the file, the 1-based physical line (0 for the whole file) and
 * what is wrong, e.g. {@code data.csv:7: column 'high' is not a number: 'abc'}.
 */
public final class ImportException extends RuntimeException {

    private final String source;
    private final long line;
    private final String problem;

    public ImportException(String source, long line, String problem) {
        this(source, line, problem, null);
    }

    public ImportException(String source, long line, String problem, Throwable cause) {
        super(line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem, cause);
        this.source = source;
        this.line = line;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    /** The 1-based physical line, or 0 when the problem concerns the whole file. */
    public long line() {
        return line;
    }

    public String problem() {
        return problem;
    }
}
