package supportbot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.TimeUnit;

/**
 * Simulated users over real HTTP: each sends a message, waits for the bot's reply, sends the next.
 * Updates/s over the run, and reply latency from the update being available to the reply arriving.
 */
final class HttpBench {
    record Result(int updates, double seconds, Latencies latencies, int timeouts) {
        double perSecond() {
            return updates / seconds;
        }

        String line() {
            return String.format(Locale.ROOT, "%,.0f updates/s (%,d in %.1f s%s), reply %s", perSecond(), updates, seconds,
                    timeouts == 0 ? "" : ", " + timeouts + " unanswered", latencies.summary("50", "99"));
        }
    }

    private HttpBench() {
    }

    static Result run(LocalBotApi api, int users, int messagesEach, List<String> texts) throws InterruptedException {
        Latencies latencies = new Latencies();
        int[] timeouts = new int[1];
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int u = 0; u < users; u++) {
            long chatId = 10_000 + u;
            SynchronousQueue<Long> replies = new SynchronousQueue<>();
            api.onReply(chatId, at -> replies.offer(at));
            Thread user = new Thread(() -> {
                try {
                    for (int m = 0; m < messagesEach; m++) {
                        long t0 = System.nanoTime();
                        api.userSays(chatId, texts.get((int) ((chatId + m) % texts.size())));
                        Long at = replies.poll(30, TimeUnit.SECONDS);
                        if (at == null) {
                            synchronized (timeouts) {
                                timeouts[0]++;
                            }
                            return;
                        }
                        latencies.add(at - t0);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "user-" + u);
            threads.add(user);
            user.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(latencies.count(), seconds, latencies, timeouts[0]);
    }
}
