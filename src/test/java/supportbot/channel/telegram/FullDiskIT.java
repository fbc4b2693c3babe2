package supportbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import supportbot.store.SqliteSessionStore;
import supportbot.store.StoreUnavailableException;
import supportbot.testing.SmallDisk;

/**
 * The store's disk fills while users write (a 2 MB tmpfs, filled for real): no update written then is
 * confirmed to Telegram, readiness says the store fails, and once there is room again every message is
 * answered exactly once, in order, without a restart.
 */
class FullDiskIT {
    private static final List<String> LINES = List.of("icloud storage is full", "didnt help", "still not working");
    private static final int CHATS = 20;

    @TempDir
    Path dir;

    @Test
    void messagesWrittenWhileTheDiskIsFullAreAnsweredOnceWhenThereIsRoomAgain() throws Exception {
        Optional<SmallDisk> mounted = SmallDisk.mount(dir.resolve("small"), "2m");
        assumeTrue(mounted.isPresent(), "mounting a tmpfs needs root (as on CI)");
        List<String> first = ReferenceReplies.flatten(ReferenceReplies.of(LINES.subList(0, 1), 1));
        List<String> expected = ReferenceReplies.flatten(ReferenceReplies.of(LINES, 1));
        try (SmallDisk disk = mounted.get(); FakeBotApi api = new FakeBotApi();
             SqliteSessionStore store = SqliteSessionStore.open(disk.path(), SqliteSessionStore.Synchronous.FULL,
                     Duration.ofDays(1), Instant.now());
             TelegramRunner runner = TestRunners.start(TestRunners.polling(api.apiUrl()), store)) {
            for (long chat = 1; chat <= CHATS; chat++) {
                api.userSays(chat, chat, LINES.get(0));
            }
            for (long chat = 1; chat <= CHATS; chat++) {
                assertThat(api.awaitTexts(chat, first, Duration.ofSeconds(30))).as("chat %d before the disk fills", chat).isTrue();
            }

            disk.fill();
            for (String line : LINES.subList(1, LINES.size())) {
                for (long chat = 1; chat <= CHATS; chat++) {
                    api.userSays(chat, chat, line);
                }
            }
            FaultyTelegramTest.await(() -> failing(store), Duration.ofSeconds(20));
            Thread.sleep(3_000);
            assertThatThrownBy(store::ping).as("readiness while the disk is full").isInstanceOf(StoreUnavailableException.class);

            disk.free();
            long freed = System.nanoTime();
            for (long chat = 1; chat <= CHATS; chat++) {
                assertThat(api.awaitTexts(chat, expected, Duration.ofSeconds(60))).as("chat %d after", chat).isTrue();
            }
            System.out.printf("disk full: %d chats answered %.1f s after the space came back%n", CHATS,
                    (System.nanoTime() - freed) / 1e9);
            Thread.sleep(1_000);
            store.ping();
            for (long chat = 1; chat <= CHATS; chat++) {
                assertThat(api.sentTo(chat)).extracting(FakeBotApi.Sent::text)
                        .as("chat %d: every message answered once, in order", chat).isEqualTo(expected);
            }
        }
    }

    private static boolean failing(SqliteSessionStore store) {
        try {
            store.ping();
            return false;
        } catch (StoreUnavailableException e) {
            return true;
        }
    }
}
