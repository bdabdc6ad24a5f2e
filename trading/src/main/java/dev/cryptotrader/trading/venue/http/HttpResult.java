package dev.cryptotrader.trading.venue.http;

import okhttp3.Headers;

/**
 * One answered request, body read in full. Any status except 429/418 (which {@link VenueHttp} retries) ends up here:
 * venues put their error details in bodies of 4xx/5xx answers, so the raw client decides what a status means.
 *
 * @param request what was asked, for messages: {@code GET /api/v3/klines?symbol=BTCUSDT...}
 */
public record HttpResult(String request, int status, Headers headers, String body) {

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
