package supportbot.app;

import com.typesafe.config.Config;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;
import supportbot.channel.telegram.TelegramSettings;
import supportbot.dialog.DialogSettings;
import supportbot.nlu.ModelFiles;
import supportbot.nlu.ModelKind;
import supportbot.nlu.TrainingSettings;
import supportbot.store.SqliteSessionStore;

/** The settings of conf/application.conf, typed. */
public record Settings(
        TelegramSettings telegram,
        Path dataDir,
        SqliteSessionStore.Synchronous storeSynchronous,
        Duration eventRetention,
        ModelFiles models,
        TrainingSettings training,
        TrainingSettings replyTraining,
        DialogSettings dialog,
        OptionalLong supportChatId) {

    /** How the model of {@code kind} is trained. */
    public TrainingSettings training(ModelKind kind) {
        return kind == ModelKind.REPLIES ? replyTraining : training;
    }

    public static Settings load() {
        return from(ConfFiles.load("application.conf").config().getConfig("supportbot"));
    }

    static Settings from(Config c) {
        Config d = c.getConfig("dialog");
        return new Settings(
                TelegramSettings.from(c.getConfig("telegram")),
                Path.of(c.getString("store.data-dir")),
                c.getEnum(SqliteSessionStore.Synchronous.class, "store.synchronous"),
                c.getDuration("store.event-retention"),
                new ModelFiles(Path.of(c.getString("nlu.models-dir"))),
                TrainingSettings.from(c.getConfig("nlu.training")),
                TrainingSettings.from(c.getConfig("nlu.reply-training").withFallback(c.getConfig("nlu.training"))),
                new DialogSettings(
                        d.getDouble("accept-confidence"),
                        d.getDouble("clarify-confidence"),
                        d.getDouble("reply-lead"),
                        d.getDouble("remark-lead"),
                        d.getInt("long-message-words"),
                        d.getDouble("new-problem-confidence"),
                        d.getInt("clarify-options"),
                        d.getInt("max-problem-chars"),
                        d.getDuration("idle-after"),
                        false,
                        new DialogSettings.LearnedOrder(
                                d.getBoolean("learned-order.enabled"),
                                d.getDouble("learned-order.prior-weight"),
                                d.getLong("learned-order.seed"))),
                supportChat(c.getString("support.chat-id").strip()));
    }

    private static OptionalLong supportChat(String id) {
        if (id.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("supportbot.support.chat-id (SUPPORT_CHAT_ID) must be a Telegram chat id, "
                    + "a number such as -1001234567890, not '" + id + "'");
        }
    }

    public boolean hasTelegramToken() {
        return !telegram.token().isEmpty();
    }
}
