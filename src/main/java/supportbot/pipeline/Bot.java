package supportbot.pipeline;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import supportbot.analytics.FixTally;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.DialogEngine;
import supportbot.dialog.Event;
import supportbot.dialog.Outcome;
import supportbot.dialog.Reply;
import supportbot.dialog.Session;
import supportbot.dialog.State;
import supportbot.metrics.BotMetrics;
import supportbot.store.LogEntry;
import supportbot.store.Outgoing;
import supportbot.store.SessionStore;
import supportbot.store.StoreUnavailableException;
import supportbot.store.UnreadableSessionException;
import supportbot.store.SessionStore.Stored;

/**
 * One message's way through the bot: load the session, let the engine decide, store the new session
 * (with the update id, the log entry and, for a channel with an outbox, the replies, in one transaction),
 * and only then hand back the replies. Callers keep the messages of one conversation in order; different
 * conversations may run in parallel.
 */
public final class Bot {
    private static final Logger log = LoggerFactory.getLogger(Bot.class);
    private static final Duration RESTART_OF_NUMBERING = Duration.ofDays(7);

    private final DialogEngine engine;
    private final SessionStore store;
    private final String apology;
    private final FixTally tally;
    private final BotMetrics metrics;

    public Bot(DialogEngine engine, SessionStore store, String apology) {
        this(engine, store, apology, null, BotMetrics.none());
    }

    /**
     * {@code tally}, for the learned order: each message takes a snapshot of it to the engine, and each
     * stored log entry is counted in it. Null when the order is as written. {@code metrics}: what is counted.
     */
    public Bot(DialogEngine engine, SessionStore store, String apology, FixTally tally, BotMetrics metrics) {
        this.engine = engine;
        this.store = store;
        this.apology = apology;
        this.tally = tally;
        this.metrics = metrics;
    }

    /** What handling an update gave: the replies, and whether it moved the conversation. */
    public record Handled(List<Reply> replies, boolean applied) {
        public Handled {
            replies = List.copyOf(replies);
        }
    }

    /** A message from a channel without update ids (the console). */
    public List<Reply> handle(Event event) {
        return handle(event, -1);
    }

    public List<Reply> handle(Event event, long updateId) {
        return handleUpdate(event, updateId).replies();
    }

    /** A message whose replies the channel shows itself (the console, tests). */
    public Handled handleUpdate(Event event, long updateId) {
        return handle(event, updateId, null);
    }

    /**
     * A message whose replies go into the outbox, stored with the session, as {@code address} makes them:
     * a sender delivers them from there, so a crash neither loses nor repeats them. The returned replies
     * are for the channel's own use (a metric, a test), already queued.
     *
     * @throws StoreUnavailableException when the store cannot save now (a full disk, a database that is down):
     *     nothing was applied or queued, and the channel must not confirm the update but hand it in again later
     */
    public Handled queue(Event event, long updateId, Function<Reply, Outgoing> address) {
        return handle(event, updateId, address);
    }

    /**
     * An update at or below the last one applied to this conversation was applied already (Telegram
     * delivers again after a crash) and is not applied twice: its replies are in the outbox, or sent. An
     * agent's message from the support chat is counted apart (its updates are not in order with the user's).
     * The conversation is locked from load to save: another instance sharing the store waits its turn.
     */
    private Handled handle(Event event, long updateId, Function<Reply, Outgoing> address) {
        boolean fromSupport = event.input() instanceof Event.Input.FromAgent;
        long start = System.nanoTime();
        try (SessionStore.Held conversation = store.lock(event.key())) {
            Stored stored = load(event);
            if (alreadyApplied(stored, fromSupport ? stored.lastSupportUpdateId() : stored.lastUpdateId(), updateId, event)) {
                log.info("update {} for {} was applied already; dropped", updateId, event.key());
                return new Handled(List.of(), false);
            }
            Outcome outcome = engine.handle(stored.session(), tally == null ? event : event.withTrackRecord(tally.snapshot()));
            LogEntry entry = LogEntry.of(event, outcome);
            List<Outgoing> outgoing = address == null ? List.of() : outcome.replies().stream().map(address).toList();
            store.save(next(stored, outcome, event, updateId), entry, outgoing);
            if (tally != null) {
                tally.record(entry);
            }
            metrics.handled(event, System.nanoTime() - start);
            metrics.logged(entry, stored.session().intent());
            return new Handled(outcome.replies(), true);
        } catch (StoreUnavailableException e) {
            if (address != null) {
                throw e;
            }
            // The store logs the outage once; the user of a console may simply try again.
            log.warn("message {} of {} not saved: {}", event.messageId(), event.key(), e.getMessage());
            return apologise(fromSupport);
        } catch (RuntimeException e) {
            log.error("message {} of {} failed", event.messageId(), event.key(), e);
            Handled sorry = apologise(fromSupport);
            if (address != null) {
                queueApology(event, sorry.replies(), address);
            }
            return sorry;
        }
    }

    /** The session was not saved: the user may simply try again. Never a stack trace in the chat. */
    private Handled apologise(boolean fromSupport) {
        // An agent's message that failed is the agent's to send again, not the user's business.
        Reply.Audience to = fromSupport ? Reply.Audience.SUPPORT : Reply.Audience.USER;
        return new Handled(List.of(new Reply(apology, List.of(), null, null, State.AWAITING_PROBLEM, to)), false);
    }

    private void queueApology(Event event, List<Reply> sorry, Function<Reply, Outgoing> address) {
        try {
            store.enqueue(event.key(), sorry.stream().map(address).toList(), event.at());
        } catch (RuntimeException e) {
            log.error("the apology to {} could not be queued either: {}", event.key(), e.getMessage());
        }
    }

    /** What to store: the session, and the last update applied from the user or from the support chat. */
    private static Stored next(Stored stored, Outcome outcome, Event event, long updateId) {
        if (event.input() instanceof Event.Input.FromAgent) {
            return new Stored(outcome.session(), stored.lastUpdateId(), Math.max(updateId, stored.lastSupportUpdateId()));
        }
        return new Stored(outcome.session(), Math.max(updateId, stored.lastUpdateId()), stored.lastSupportUpdateId());
    }

    /**
     * Telegram numbers updates in sequence, but after a week without any it starts from a random number:
     * an older number then means a new update, not a repeat. Repeats come within hours of the original.
     */
    private static boolean alreadyApplied(Stored stored, long last, long updateId, Event event) {
        Instant lastSeen = stored.session().lastSeen();
        boolean recent = lastSeen != null && Duration.between(lastSeen, event.at()).compareTo(RESTART_OF_NUMBERING) < 0;
        return updateId >= 0 && updateId <= last && recent;
    }

    /** A stored session this version cannot read (an older format) is replaced by a fresh one, not a dead end. */
    private Stored load(Event event) {
        try {
            return store.load(event.key()).orElseGet(() -> Stored.fresh(Session.start(event.key())));
        } catch (UnreadableSessionException e) {
            log.warn("the stored session of {} cannot be read ({}); starting it afresh", event.key(), e.getMessage());
            return Stored.fresh(Session.start(event.key()));
        }
    }

    public SessionStore store() {
        return store;
    }

    /** What the learned order knows now (nothing when the order is as written). */
    public supportbot.dialog.FixResults fixResults() {
        return tally == null ? supportbot.dialog.FixResults.NONE : tally.snapshot();
    }

    public BotMetrics metrics() {
        return metrics;
    }
}
