package dev.cryptotrader.trading.schedule;

/** Where one job stands right now: when it is next due (epoch millis) and whether a run is in progress. */
public record JobStatus(Job job, long nextDueMillis, boolean running) {
}
