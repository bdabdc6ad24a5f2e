package dev.cryptotrader.trading.config;

import dev.cryptotrader.trading.domain.Instrument;
import okhttp3.HttpUrl;

import java.util.Map;
import java.util.Optional;

/**
 * The user's changes to how one venue is reached: base URLs (a testnet, a proxy, a local fake) and instrument
 * spellings that differ from the default mapping of {@link Instrument#nativeSymbol}.
 *
 * @param restBaseUrl an http(s) REST root, or empty for the venue's own
 * @param wsBaseUrl   a ws(s) WebSocket root, or empty for the venue's own
 * @param symbols     the venue's spelling per instrument, for those the default mapping gets wrong
 */
public record VenueOverrides(Optional<String> restBaseUrl, Optional<String> wsBaseUrl,
                             Map<Instrument, String> symbols) {

    public static final VenueOverrides NONE = new VenueOverrides(Optional.empty(), Optional.empty(), Map.of());

    public VenueOverrides {
        restBaseUrl.ifPresent(VenueOverrides::requireHttpUrl);
        wsBaseUrl.ifPresent(VenueOverrides::requireWebSocketUrl);
        symbols = Map.copyOf(symbols);
        symbols.forEach((instrument, spelling) -> {
            if (spelling.isBlank() || !spelling.equals(spelling.strip()) || spelling.contains(" ")) {
                throw new IllegalArgumentException("the spelling of " + instrument + " must be one word without "
                        + "spaces, was '" + spelling + "'");
            }
        });
    }

    private static void requireHttpUrl(String url) {
        if (HttpUrl.parse(url) == null) {
            throw new IllegalArgumentException("'" + url + "' is not an http:// or https:// URL");
        }
    }

    private static void requireWebSocketUrl(String url) {
        // At least as strict as VenueConfig, so a URL accepted here is accepted there too.
        if (!url.matches("(?i)wss?://[^\\s/]+.*") || url.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("'" + url + "' is not a ws:// or wss:// URL");
        }
    }
}
