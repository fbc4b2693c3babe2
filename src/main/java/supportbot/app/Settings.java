package supportbot.app;

import com.typesafe.config.Config;
import supportbot.admin.AdminSettings;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalLong;
import supportbot.channel.telegram.TelegramSettings;
import supportbot.dialog.DialogSettings;
import supportbot.dialog.ReadingPolicy;
import supportbot.nlu.ModelFiles;
import supportbot.nlu.ModelKind;
import supportbot.nlu.TrainingSettings;
import supportbot.store.SqliteSessionStore;
import supportbot.store.StoreSettings;

/** The settings of conf/application.conf, typed. */
public record Settings(
        TelegramSettings telegram,
        StoreSettings store,
        KnowledgePack knowledge,
        Map<ModelKind, TrainingSettings> trainings,
        DialogSettings dialog,
        OptionalLong supportChatId,
        AdminSettings admin) {

    /** The same settings running another knowledge pack. */
    public Settings withKnowledge(KnowledgePack pack) {
        return new Settings(telegram, store, pack, trainings, dialog, supportChatId, admin);
    }

    public Path dataDir() {
        return store.dataDir();
    }

    public SqliteSessionStore.Synchronous storeSynchronous() {
        return store.synchronous();
    }

    /** The models of the pack the bot runs. */
    public ModelFiles models() {
        return knowledge.models();
    }

    /** How the model of {@code kind} is trained. */
    public TrainingSettings training(ModelKind kind) {
        return trainings.get(kind);
    }

    /** Each model's settings: the intent model's, with what its own section overrides. */
    private static Map<ModelKind, TrainingSettings> trainings(Config nlu) {
        Map<ModelKind, TrainingSettings> trainings = new EnumMap<>(ModelKind.class);
        for (ModelKind kind : ModelKind.values()) {
            String section = switch (kind) {
                case INTENTS -> "training";
                case ANSWERS -> "answer-training";
            };
            trainings.put(kind, TrainingSettings.from(nlu.getConfig(section).withFallback(nlu.getConfig("training"))));
        }
        return Map.copyOf(trainings);
    }

    public static Settings load() {
        return from(ConfFiles.withDefaults("application.conf").config().getConfig("supportbot"));
    }

    static Settings from(Config c) {
        Config d = c.getConfig("dialog");
        return new Settings(
                TelegramSettings.from(c.getConfig("telegram")),
                StoreSettings.from(c.getConfig("store")),
                KnowledgePack.of(c.getString("knowledge.dir")),
                trainings(c.getConfig("nlu")),
                new DialogSettings(
                        d.getDouble("accept-confidence"),
                        d.getDouble("clarify-confidence"),
                        new ReadingPolicy(d.getDouble("reading.act"), d.getDouble("reading.doubt"), d.getDouble("reading.remark"),
                                d.getDouble("reading.new-problem"), d.getDouble("reading.small-talk")),
                        d.getInt("clarify-options"),
                        d.getInt("max-problem-chars"),
                        d.getDuration("idle-after"),
                        false,
                        new DialogSettings.LearnedOrder(
                                d.getBoolean("learned-order.enabled"),
                                d.getDouble("learned-order.prior-weight"),
                                d.getLong("learned-order.seed"))),
                supportChat(c.getString("support.chat-id").strip()),
                AdminSettings.from(c.getConfig("admin")));
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
