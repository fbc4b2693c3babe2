package supportbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import supportbot.pipeline.Bot;
import supportbot.dialog.ConversationKey;
import supportbot.dialog.Event;
import supportbot.dialog.Reply;
import supportbot.dialog.Session;
import supportbot.dialog.Step;
import supportbot.dialog.Attempt;
import supportbot.dialog.Ending;
import supportbot.dialog.State;
import supportbot.store.SessionStore.Stored;
import supportbot.testing.TestBot;

/** What every {@link SessionStore} does; each implementation's test class extends this. */
abstract class SessionStoreContract {
    static final ConversationKey ALICE = new ConversationKey("telegram", "1001");
    static final ConversationKey BOB = new ConversationKey("telegram", "1002");
    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");

    SessionStore store;

    abstract SessionStore open();

    @BeforeEach
    void openStore() {
        store = open();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** A real session mid-troubleshooting: every field of the record is filled. */
    static Session midFlow(ConversationKey key) {
        Bot bot = new Bot(TestBot.engine(), new InMemorySessionStore(), "sorry");
        bot.handle(Event.text(key, "my iphone hasnt backed up to icloud in weeks", 1, T0));
        Reply step = bot.handle(Event.text(key, "didnt help", 2, T0.plusSeconds(60))).get(0);
        assertThat(step.fix()).isEqualTo("check-wifi");
        return bot.store().load(key).orElseThrow().session();
    }

    static LogEntry entry(ConversationKey key, String said) {
        return new LogEntry(key, T0, said, "storage_full", 0.9, "free-icloud-storage", "ON_STEP", List.of(), List.of(), null, "free-icloud-storage", List.of(), null);
    }

    @Test
    void anUnknownConversationIsEmpty() {
        assertThat(store.load(ALICE)).isEmpty();
    }

    @Test
    void aSavedSessionLoadsEqualWithItsUpdateId() {
        Session session = midFlow(ALICE);
        store.save(new Stored(session, 77), entry(ALICE, "didnt help"));
        assertThat(store.load(ALICE)).contains(new Stored(session, 77));
    }

    @Test
    void aLaterSaveReplacesTheEarlierOne() {
        store.save(new Stored(Session.start(ALICE), 1), entry(ALICE, "hi"));
        Session session = midFlow(ALICE);
        store.save(new Stored(session, 2), entry(ALICE, "didnt help"));
        assertThat(store.load(ALICE).orElseThrow().session().state()).isEqualTo(State.ON_STEP);
        assertThat(store.load(ALICE).orElseThrow().lastUpdateId()).isEqualTo(2);
    }

    @Test
    void conversationsAreCountedByTheStateTheyAreIn() {
        store.save(Stored.fresh(midFlow(ALICE)), entry(ALICE, "a"));
        store.save(Stored.fresh(Session.start(BOB)), entry(BOB, "b"));
        assertThat(store.countInState(State.ON_STEP)).isEqualTo(1);
        assertThat(store.countInState(State.HANDED_OFF)).isZero();
    }

    @Test
    void conversationsAreKeptApart() {
        store.save(Stored.fresh(midFlow(ALICE)), entry(ALICE, "a"));
        store.save(Stored.fresh(Session.start(BOB)), entry(BOB, "b"));
        assertThat(store.load(ALICE).orElseThrow().session().fix()).isEqualTo("check-wifi");
        assertThat(store.load(BOB).orElseThrow().session().fix()).isNull();
        assertThat(store.log(ALICE)).extracting(LogEntry::said).containsExactly("a");
    }

    @Test
    void theLogKeepsEveryEntryInOrder() {
        for (String said : List.of("one", "two", "three")) {
            store.save(Stored.fresh(Session.start(ALICE)), entry(ALICE, said));
        }
        assertThat(store.log(ALICE)).extracting(LogEntry::said).containsExactly("one", "two", "three");
        assertThat(store.log(ALICE).get(0)).isEqualTo(entry(ALICE, "one"));
    }

    @Test
    void everyEventIsListedConversationByConversationWithWhatItMeant() {
        store.save(Stored.fresh(Session.start(ALICE)), entry(ALICE, "one"));
        store.save(Stored.fresh(Session.start(BOB)), entry(BOB, "b"));
        LogEntry rated = new LogEntry(ALICE, T0.plusSeconds(5), "[button] 9:helpful", null, 0, null, "AWAITING_PROBLEM",
                List.of(new Step.Answered("restart-iphone", Attempt.Result.FIXED)), List.of(), null, null, List.of(Ending.RESOLVED), true);
        store.save(Stored.fresh(Session.start(ALICE)), rated);

        List<LogEntry> all = new java.util.ArrayList<>();
        store.eachEvent(T0, all::add);
        assertThat(all).extracting(LogEntry::said).containsAnyOf("one", "b");
        assertThat(all).filteredOn(e -> e.key().equals(ALICE)).containsExactly(entry(ALICE, "one"), rated);
        int firstAlice = all.indexOf(entry(ALICE, "one"));
        assertThat(all.get(firstAlice + 1)).as("one conversation's entries come together").isEqualTo(rated);

        List<LogEntry> later = new java.util.ArrayList<>();
        store.eachEvent(T0.plusSeconds(1), later::add);
        assertThat(later).containsExactly(rated);
    }

    @Test
    void aReDeliveredUpdateIsAppliedOnce() {
        Bot bot = new Bot(TestBot.engine(), store, "sorry");
        Event first = Event.text(ALICE, "icloud storage is full", 5, T0);
        assertThat(bot.handle(first, 500)).hasSize(1);
        Event second = Event.text(ALICE, "didnt work", 6, T0.plusSeconds(30));
        assertThat(bot.handle(second, 501)).hasSize(1);

        assertThat(bot.handle(second, 501)).as("re-delivered").isEmpty();
        assertThat(bot.handle(first, 500)).as("re-delivered, older").isEmpty();
        assertThat(store.load(ALICE).orElseThrow().session().attempts()).hasSize(1);
        assertThat(store.log(ALICE)).hasSize(2);
    }

    @Test
    void anUpdateNumberBelowTheLastOneAfterAQuietWeekIsNew() {
        Bot bot = new Bot(TestBot.engine(), store, "sorry");
        assertThat(bot.handle(Event.text(ALICE, "icloud storage is full", 1, T0), 900_000)).hasSize(1);
        // Telegram restarts its numbering at random after a week without updates.
        Event weekLater = Event.text(ALICE, "hello again", 2, T0.plus(java.time.Duration.ofDays(8)));
        assertThat(bot.handle(weekLater, 12)).hasSize(1);
        assertThat(store.load(ALICE).orElseThrow().lastUpdateId()).isEqualTo(900_000);
    }

    @Test
    void theRepliesOfAnUpdateWaitInTheOutboxWithTheSessionAndARepeatAddsNone() {
        Bot before = new Bot(TestBot.engine(), store, "sorry");
        Bot.Handled first = before.queue(Event.text(ALICE, "icloud storage is full", 1, T0), 700, Outgoing::of);
        assertThat(first.applied()).isTrue();

        Bot after = new Bot(TestBot.engine(), store, "sorry");   // the process that came up after a crash
        Bot.Handled again = after.queue(Event.text(ALICE, "icloud storage is full", 1, T0.plusSeconds(9)), 700, Outgoing::of);
        assertThat(again.applied()).isFalse();
        List<Queued> due = store.due(T0.plusSeconds(10), 10);
        assertThat(due).hasSize(1);
        assertThat(due.get(0).outgoing().reply()).isEqualTo(first.replies().get(0));
        assertThat(due.get(0).key()).isEqualTo(ALICE);
        assertThat(store.backlog()).isEqualTo(new Outbox.Backlog(1, T0, 0, 0));
    }

    static Outgoing say(String text, Reply.Audience to) {
        return new Outgoing(new Reply(text, List.of(), null, null, State.ON_STEP, to), to == Reply.Audience.SUPPORT ? "ref" : "", 0);
    }

    @Test
    void eachQueueOffersOnlyItsFirstUnsentReplyAndMovesOnOnceItIsSent() {
        store.enqueue(ALICE, List.of(say("a1", Reply.Audience.USER), say("a2", Reply.Audience.USER),
                say("for support", Reply.Audience.SUPPORT)), T0);
        store.enqueue(BOB, List.of(say("b1", Reply.Audience.USER)), T0.plusSeconds(1));
        assertThat(texts(store.due(T0.plusSeconds(5), 10))).containsExactly("a1", "for support", "b1");
        assertThat(store.due(T0.plusSeconds(5), 10).get(1).outgoing().supportHeader()).isEqualTo("ref");
        assertThat(store.due(T0, 10)).as("not yet written at that time").extracting(Queued::key).containsOnly(ALICE);

        store.sent(store.due(T0.plusSeconds(5), 10).get(0).id(), T0.plusSeconds(5));
        assertThat(texts(store.due(T0.plusSeconds(5), 10))).containsExactly("a2", "for support", "b1");
        assertThat(store.backlog().pending()).isEqualTo(3);
    }

    @Test
    void aReplyWaitingForItsRetryHoldsUpItsOwnQueueOnly() {
        store.enqueue(ALICE, List.of(say("a1", Reply.Audience.USER), say("a2", Reply.Audience.USER)), T0);
        store.enqueue(BOB, List.of(say("b1", Reply.Audience.USER)), T0);
        Queued a1 = store.due(T0, 10).get(0);
        store.retryAt(a1.id(), T0.plusSeconds(30), "502");
        assertThat(texts(store.due(T0.plusSeconds(10), 10))).containsExactly("b1");
        Queued again = store.due(T0.plusSeconds(30), 10).stream().filter(q -> q.key().equals(ALICE)).findFirst().orElseThrow();
        assertThat(again.id()).isEqualTo(a1.id());
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(again.createdAt()).isEqualTo(T0);
    }

    @Test
    void aPostponedReplyWaitsWithoutATryCounted() {
        store.enqueue(ALICE, List.of(say("a1", Reply.Audience.USER)), T0);
        store.postpone(store.due(T0, 10).get(0).id(), T0.plusSeconds(3));
        assertThat(store.due(T0.plusSeconds(2), 10)).isEmpty();
        assertThat(store.due(T0.plusSeconds(3), 10)).extracting(Queued::attempts).containsExactly(0);
    }

    @Test
    void aDroppedReplyLetsTheNextOneGoAndIsCounted() {
        store.enqueue(ALICE, List.of(say("a1", Reply.Audience.USER), say("a2", Reply.Audience.USER)), T0);
        store.dropped(store.due(T0, 10).get(0).id(), T0, "403 blocked");
        assertThat(texts(store.due(T0, 10))).containsExactly("a2");
        assertThat(store.backlog()).isEqualTo(new Outbox.Backlog(1, T0, 1, 0));
    }

    @Test
    void aGivenUpReplyLetsTheNextOneGoAndIsCountedApart() {
        store.enqueue(ALICE, List.of(say("a1", Reply.Audience.USER), say("a2", Reply.Audience.USER)), T0);
        store.enqueue(BOB, List.of(say("b1", Reply.Audience.USER)), T0);
        store.gaveUp(store.due(T0, 10).get(0).id(), T0, "cannot be sent: IllegalStateException");
        store.dropped(store.due(T0, 10).stream().filter(q -> q.key().equals(BOB)).findFirst().orElseThrow().id(), T0, "403");
        assertThat(texts(store.due(T0, 10))).containsExactly("a2");
        assertThat(store.backlog()).isEqualTo(new Outbox.Backlog(1, T0, 2, 1));
    }

    @Test
    void thePartsOfALongReplyAlreadyDeliveredAreRemembered() {
        store.enqueue(ALICE, List.of(say("long", Reply.Audience.USER)), T0);
        store.partsSent(store.due(T0, 10).get(0).id(), 2);
        assertThat(store.due(T0, 10).get(0).partsSent()).isEqualTo(2);
    }

    private static List<String> texts(List<Queued> due) {
        return due.stream().map(q -> q.outgoing().reply().text()).toList();
    }
}
