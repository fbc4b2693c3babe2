/**
 * The {@code bench} command: throughput, latency, start-up, memory and store-size figures of the bot on
 * this machine, and its NLU on public intent corpora beside published results (docs/BENCHMARKS.md).
 */
package supportbot.bench;
