package supportbot.bench;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import supportbot.pipeline.Bot;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;
import supportbot.dialog.Reply;

/**
 * Many conversations open at once, each a scripted flow through the real bot (engine + store): workers
 * take a conversation, handle its next message, and put it back at the end of the line. One
 * conversation's messages stay in order; all of them are in flight together.
 */
final class PipelineBench {
    static final int MESSAGES_PER_CONVERSATION = 6;

    record Result(long messages, double seconds, Latencies latencies) {
        double perSecond() {
            return messages / seconds;
        }

        Result plus(Result other) {
            return new Result(messages + other.messages, seconds + other.seconds, latencies.plus(other.latencies));
        }

        String line() {
            return String.format(Locale.ROOT, "%,.0f messages/s (%,d messages in %.1f s), %s", perSecond(), messages, seconds,
                    latencies.summary("50", "99", "99.9"));
        }
    }

    private PipelineBench() {
    }

    static Result run(Bot bot, String prefix, int conversations, int workers) throws InterruptedException {
        String channel = "bench";
        BlockingQueue<Integer> line = new ArrayBlockingQueue<>(conversations);
        Reply[] last = new Reply[conversations];
        int[] sent = new int[conversations];
        for (int c = 0; c < conversations; c++) {
            line.add(c);
        }
        CountDownLatch finished = new CountDownLatch(conversations);
        Latencies latencies = new Latencies();
        AtomicLong messages = new AtomicLong();
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            Thread worker = new Thread(() -> {
                Integer c;
                while ((c = line.poll()) != null) {
                    ConversationKey key = new ConversationKey(channel, prefix + c);
                    Event event;
                    if (sent[c] == 0) {
                        event = Event.text(key, ScriptedUser.OPENERS.get(c % ScriptedUser.OPENERS.size()), 1, Instant.now());
                    } else {
                        ScriptedUser.Move move = ScriptedUser.next(last[c], sent[c], 3);
                        event = move.text() != null
                                ? Event.text(key, move.text(), sent[c] + 1, Instant.now())
                                : Event.press(key, move.press(), sent[c] + 1, Instant.now());
                    }
                    long t0 = System.nanoTime();
                    List<Reply> replies = bot.handle(event);
                    latencies.add(System.nanoTime() - t0);
                    messages.incrementAndGet();
                    sent[c]++;
                    last[c] = replies.get(replies.size() - 1);
                    boolean done = sent[c] >= MESSAGES_PER_CONVERSATION || last[c].buttons().isEmpty();
                    if (done) {
                        last[c] = null;
                        finished.countDown();
                    } else {
                        line.add(c);
                    }
                }
            }, "bench-" + w);
            worker.start();
        }
        if (!finished.await(10, java.util.concurrent.TimeUnit.MINUTES)) {
            throw new IllegalStateException("the conversations did not finish");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(messages.get(), seconds, latencies);
    }
}
