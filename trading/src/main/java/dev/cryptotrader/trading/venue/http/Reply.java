package dev.cryptotrader.trading.venue.http;

/**
 * A raw client's answer: the venue's own DTO plus the request it answers, so a mapping problem found later can still
 * say which request returned the bad data.
 */
public record Reply<T>(String request, T body) {
}
