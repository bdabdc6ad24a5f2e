package dev.cryptotrader.trading.importing;

import java.util.List;
import java.util.Locale;

/**
 * The columns a CSV header may name, each with the spellings we accept. Names are compared lower-case with
 * everything but letters and digits removed, so {@code Open Time}, {@code open_time} and {@code OPEN-TIME} are one.
 */
enum CsvColumn {
    // In order of preference: a file with both 'date' and 'unix' columns uses 'date'.
    TIME("opentimems", "opentime", "timestamp", "timestampms", "time", "date", "datetime", "start", "starttime",
            "begintime", "mts", "ts", "unix", "unixtime", "t"),
    OPEN("open", "o", "openprice"),
    HIGH("high", "h", "highprice"),
    LOW("low", "l", "lowprice"),
    CLOSE("close", "c", "closeprice"),
    VOLUME("volume", "v", "vol", "basevolume"),
    PRICE("price", "p", "rate"),
    AMOUNT("amount", "qty", "quantity", "size", "volume", "vol", "q");

    private final List<String> aliases;

    CsvColumn(String... aliases) {
        this.aliases = List.of(aliases);
    }

    /** The index of this column in the header, or -1. */
    int findIn(String[] header) {
        String[] normalized = new String[header.length];
        for (int i = 0; i < header.length; i++) {
            normalized[i] = normalize(header[i]);
        }
        for (String alias : aliases) {
            for (int i = 0; i < normalized.length; i++) {
                if (normalized[i].equals(alias)) {
                    return i;
                }
            }
        }
        if (this == VOLUME) {
            // e.g. "Volume BTC,Volume USDT": the first one is the base-asset volume.
            for (int i = 0; i < normalized.length; i++) {
                if (normalized[i].startsWith("volume")) {
                    return i;
                }
            }
        }
        return -1;
    }

    String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String normalize(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = Character.toLowerCase(name.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
