package supportbot.bench;

import java.time.Instant;
import java.util.ArrayList;
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
import supportbot.store.Outgoing;

/**
 * Many conversations open at once, each a scripted flow through the real bot (engine + store + outbox;
 * no sender runs, so the replies stay queued): workers
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

    /** The first messages of the conversations (problem descriptions), and the messages after them. */
    record Run(Result descriptions, Result replies) {
        Run plus(Run other) {
            return new Run(descriptions.plus(other.descriptions), replies.plus(other.replies));
        }
    }

    static Run run(Bot bot, String prefix, int conversations, int workers) throws InterruptedException {
        return run(List.of(bot), prefix, conversations, workers);
    }

    /**
     * The same through several instances of the bot sharing a store: each message goes to the next instance
     * in turn, as a load balancer in front of webhooks would send it, so consecutive messages of one
     * conversation meet on different instances.
     */
    static Run run(List<Bot> bots, String prefix, int conversations, int workers) throws InterruptedException {
        Reply[] last = new Reply[conversations];
        int[] sent = new int[conversations];
        List<Integer> all = new ArrayList<>();
        for (int c = 0; c < conversations; c++) {
            all.add(c);
        }
        Result descriptions = phase(bots, prefix, all, workers, last, sent, true);
        List<Integer> open = all.stream().filter(c -> !done(last[c], sent[c])).toList();
        Result replies = phase(bots, prefix, open, workers, last, sent, false);
        return new Run(descriptions, replies);
    }

    private static boolean done(Reply last, int sent) {
        return sent >= MESSAGES_PER_CONVERSATION || last.buttons().isEmpty();
    }

    /** The openers only ({@code opening}), or every later message until each conversation is done. */
    private static Result phase(List<Bot> bots, String prefix, List<Integer> conversations, int workers, Reply[] last,
            int[] sent, boolean opening) throws InterruptedException {
        BlockingQueue<Integer> line = new ArrayBlockingQueue<>(Math.max(1, conversations.size()));
        line.addAll(conversations);
        CountDownLatch finished = new CountDownLatch(conversations.size());
        Latencies latencies = new Latencies();
        AtomicLong messages = new AtomicLong();
        long start = System.nanoTime();
        for (int w = 0; w < workers; w++) {
            Thread worker = new Thread(() -> {
                Integer c;
                while ((c = line.poll()) != null) {
                    ConversationKey key = new ConversationKey("bench", prefix + c);
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
                    // As on Telegram: with an update id, the replies stored in the outbox with the session.
                    Bot bot = bots.get(Math.floorMod(c + sent[c], bots.size()));
                    List<Reply> replies = bot.queue(event, sent[c] + 1, Outgoing::of).replies();
                    latencies.add(System.nanoTime() - t0);
                    messages.incrementAndGet();
                    sent[c]++;
                    last[c] = replies.get(replies.size() - 1);
                    if (opening || done(last[c], sent[c])) {
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
