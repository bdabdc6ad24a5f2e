package dev.cryptotrader.trading.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * A delimited text file: the header (first non-blank line), its separator (comma, semicolon or tab, whichever the
 * header uses most) and the data lines after it. Splitting is by hand, not regex, because it runs per row. Fields are
 * trimmed and lose surrounding double quotes; quoted separators inside a field are not supported (numbers and times
 * never need them).
 */
final class CsvTable {

    /** Receives one non-blank data line; {@code fields} holds the first {@code count} fields (at most the header's). */
    interface RowHandler {
        void row(long line, String[] fields, int count);
    }

    private final TextContent content;
    private final String[] header;
    private final char separator;
    private final long headerLine;
    private final int bodyStart;

    private CsvTable(TextContent content, String[] header, char separator, long headerLine, int bodyStart) {
        this.content = content;
        this.header = header;
        this.separator = separator;
        this.headerLine = headerLine;
        this.bodyStart = bodyStart;
    }

    static CsvTable open(TextContent content) {
        String text = content.text();
        int pos = 0;
        long line = 1;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            int contentEnd = trimCr(text, pos, end);
            if (!text.substring(pos, contentEnd).isBlank()) {
                char separator = separatorOf(text, pos, contentEnd);
                List<String> names = new ArrayList<>();
                int start = pos;
                while (true) {
                    int cut = text.indexOf(separator, start, contentEnd);
                    names.add(field(text, start, cut < 0 ? contentEnd : cut));
                    if (cut < 0) {
                        break;
                    }
                    start = cut + 1;
                }
                return new CsvTable(content, names.toArray(String[]::new), separator, line, end + 1);
            }
            pos = end + 1;
            line++;
        }
        throw new ImportException(content.source(), 0, "the file is empty");
    }

    /** The index of each column, in the order asked; throws naming the ones the header lacks. */
    int[] require(CsvColumn... columns) {
        int[] indexes = new int[columns.length];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            indexes[i] = columns[i].findIn(header);
            if (indexes[i] < 0) {
                missing.add(columns[i].displayName());
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportException(content.source(), headerLine, "the header '" + headerText() + "' has no "
                    + String.join(", ", missing) + " column" + (missing.size() > 1 ? "s" : ""));
        }
        return indexes;
    }

    boolean has(CsvColumn... columns) {
        for (CsvColumn c : columns) {
            if (c.findIn(header) < 0) {
                return false;
            }
        }
        return true;
    }

    String name(int column) {
        return header[column];
    }

    int columnCount() {
        return header.length;
    }

    long headerLine() {
        return headerLine;
    }

    String headerText() {
        return Values.shorten(String.join(String.valueOf(separator), header));
    }

    /** Calls the handler for each non-blank line after the header; returns how many there were. */
    long forEachRow(RowHandler handler) {
        String text = content.text();
        String[] fields = new String[header.length];
        long rows = 0;
        long line = headerLine + 1;
        int pos = bodyStart;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            int contentEnd = trimCr(text, pos, end);
            if (!isBlank(text, pos, contentEnd)) {
                rows++;
                handler.row(line, fields, split(text, pos, contentEnd, fields));
            }
            pos = end + 1;
            line++;
        }
        return rows;
    }

    private int split(String text, int from, int to, String[] fields) {
        int count = 0;
        int start = from;
        while (true) {
            int cut = text.indexOf(separator, start, to);
            int fieldEnd = cut < 0 ? to : cut;
            if (count < fields.length) {
                fields[count] = field(text, start, fieldEnd);
            }
            count++;
            if (cut < 0) {
                return count;
            }
            start = cut + 1;
        }
    }

    private static String field(String text, int from, int to) {
        while (from < to && text.charAt(from) <= ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) <= ' ') {
            to--;
        }
        if (to - from >= 2 && text.charAt(from) == '"' && text.charAt(to - 1) == '"') {
            from++;
            to--;
        }
        return text.substring(from, to);
    }

    private static char separatorOf(String text, int from, int to) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        for (int i = from; i < to; i++) {
            switch (text.charAt(i)) {
                case ',' -> commas++;
                case ';' -> semicolons++;
                case '\t' -> tabs++;
                default -> { }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static int lineEnd(String text, int pos) {
        int nl = text.indexOf('\n', pos);
        return nl < 0 ? text.length() : nl;
    }

    private static int trimCr(String text, int pos, int end) {
        return end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) > ' ') {
                return false;
            }
        }
        return true;
    }
}
