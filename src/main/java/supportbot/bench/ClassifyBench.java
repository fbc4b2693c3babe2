package supportbot.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import supportbot.nlu.TextClassifier;

/** Normalise + tokenise + classify, one thread and every core. */
final class ClassifyBench {
    private ClassifyBench() {
    }

    static String run(TextClassifier classifier, List<String> messages, int perThread) throws Exception {
        for (int i = 0; i < Math.min(20_000, perThread); i++) {
            classifier.classify(messages.get(i % messages.size()));   // warm-up: JIT
        }
        StringBuilder out = new StringBuilder();
        for (int threads : new int[] {1, Runtime.getRuntime().availableProcessors()}) {
            Latencies latencies = new Latencies();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        long t0 = System.nanoTime();
                        classifier.classify(messages.get((i + offset) % messages.size()));
                        latencies.add(System.nanoTime() - t0);
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            out.append(String.format(Locale.ROOT, "  %d thread%s: %,.0f messages/s, %s%n", threads, threads == 1 ? "" : "s",
                    latencies.count() / seconds, latencies.summary("50", "99")));
        }
        return out.toString();
    }
}
