package dev.cryptotrader.trading.domain;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A spot pair, written {@code BASE/QUOTE} in the UI and CLI. Each exchange spells it its own way; {@link #nativeSymbol}
 * and {@link #parse} translate.
 */
public record Instrument(String base, String quote) {

    private static final Pattern ASSET = Pattern.compile("[A-Z0-9]{1,16}");
    /** Quote assets tried, longest first, when a symbol has no separator (Binance style). */
    private static final List<String> KNOWN_QUOTES = List.of(
            "FDUSD", "USDT", "USDC", "BUSD", "TUSD", "USDP", "DAI", "EUR", "USD", "GBP", "JPY", "TRY", "BRL",
            "AUD", "BTC", "ETH", "BNB", "XRP", "TRX", "UST", "UDC");

    public Instrument {
        if (base == null || !ASSET.matcher(base).matches()) {
            throw new IllegalArgumentException("base asset '" + base + "' is invalid: use 1-16 letters or digits");
        }
        if (quote == null || !ASSET.matcher(quote).matches()) {
            throw new IllegalArgumentException("quote asset '" + quote + "' is invalid: use 1-16 letters or digits");
        }
    }

    public static Instrument of(String base, String quote) {
        return new Instrument(base.toUpperCase(Locale.ROOT), quote.toUpperCase(Locale.ROOT));
    }

    /** The canonical spelling used in the UI, the CLI and the database: {@code BTC/USD}. */
    public String symbol() {
        return base + "/" + quote;
    }

    /** How the exchange writes this pair: {@code tBTCUSD}, {@code BTCUSDT}, {@code BTC-USDT}. */
    public String nativeSymbol(Exchange exchange) {
        if (exchange.equals(Exchange.BITFINEX)) {
            String b = toBitfinexAsset(base);
            String q = toBitfinexAsset(quote);
            // Bitfinex separates with ':' when either side is longer than three letters.
            return b.length() > 3 || q.length() > 3 ? "t" + b + ":" + q : "t" + b + q;
        }
        if (exchange.equals(Exchange.BINANCE)) {
            return base + quote;
        }
        if (exchange.equals(Exchange.KUCOIN)) {
            return base + "-" + quote;
        }
        return symbol();
    }

    /**
     * Reads {@code BTC/USD}, {@code BTC-USD}, {@code tBTCUSD}, {@code tBTCUST} (Bitfinex USDT), {@code tTESTBTC:TESTUSD}
     * or {@code BTCUSDT}.
     */
    public static Instrument parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("symbol is empty");
        }
        String s = text.trim();
        if (s.contains("/")) {
            return split(s, "/");
        }
        if (s.contains("-")) {
            return split(s, "-");
        }
        if (s.length() > 1 && s.charAt(0) == 't' && s.substring(1).equals(s.substring(1).toUpperCase(Locale.ROOT))) {
            return parseBitfinex(s.substring(1), text);
        }
        return parseConcatenated(s.toUpperCase(Locale.ROOT), text);
    }

    private static Instrument parseBitfinex(String body, String original) {
        if (body.contains(":")) {
            String[] parts = body.split(":", -1);
            if (parts.length != 2) {
                throw new IllegalArgumentException("symbol '" + original + "' is not a Bitfinex pair");
            }
            return new Instrument(fromBitfinexAsset(parts[0]), fromBitfinexAsset(parts[1]));
        }
        if (body.length() != 6) {
            throw new IllegalArgumentException("symbol '" + original + "' is not a Bitfinex pair like tBTCUSD");
        }
        return new Instrument(fromBitfinexAsset(body.substring(0, 3)), fromBitfinexAsset(body.substring(3)));
    }

    private static Instrument parseConcatenated(String s, String original) {
        for (String quote : KNOWN_QUOTES) {
            if (s.endsWith(quote) && s.length() > quote.length()) {
                return new Instrument(s.substring(0, s.length() - quote.length()), fromBitfinexAsset(quote));
            }
        }
        throw new IllegalArgumentException("symbol '" + original
                + "' has no separator and no known quote asset: write it as BASE/QUOTE, e.g. BTC/USDT");
    }

    private static Instrument split(String s, String separator) {
        String[] parts = s.split(Pattern.quote(separator), -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException("symbol '" + s + "' is not BASE" + separator + "QUOTE");
        }
        return of(parts[0].trim(), parts[1].trim());
    }

    // Bitfinex abbreviates stablecoins: UST is USDT, UDC is USDC.
    private static String toBitfinexAsset(String asset) {
        return switch (asset) {
            case "USDT" -> "UST";
            case "USDC" -> "UDC";
            default -> asset;
        };
    }

    private static String fromBitfinexAsset(String asset) {
        return switch (asset) {
            case "UST" -> "USDT";
            case "UDC" -> "USDC";
            default -> asset;
        };
    }

    @Override
    public String toString() {
        return symbol();
    }
}
