/** The AI multi-brain: LLM roles that propose trades. It may only propose; it never calls execution. */
package dev.cryptotrader.ai;
