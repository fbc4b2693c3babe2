package supportbot.app;

import com.typesafe.config.Config;
import java.nio.file.Path;
import java.time.Duration;
import supportbot.dialog.DialogSettings;
import supportbot.nlu.ModelFiles;
import supportbot.nlu.TrainingSettings;
import supportbot.store.SqliteSessionStore;

/** The settings of conf/application.conf, typed. */
public record Settings(
        String telegramToken,
        String telegramApiUrl,
        Path dataDir,
        SqliteSessionStore.Synchronous storeSynchronous,
        Duration eventRetention,
        ModelFiles models,
        TrainingSettings training,
        DialogSettings dialog) {

    public static Settings load() {
        return from(ConfFiles.load("application.conf").config().getConfig("supportbot"));
    }

    static Settings from(Config c) {
        Config d = c.getConfig("dialog");
        return new Settings(
                c.getString("telegram.token").strip(),
                c.getString("telegram.api-url"),
                Path.of(c.getString("store.data-dir")),
                c.getEnum(SqliteSessionStore.Synchronous.class, "store.synchronous"),
                c.getDuration("store.event-retention"),
                new ModelFiles(Path.of(c.getString("nlu.models-dir"))),
                TrainingSettings.from(c.getConfig("nlu.training")),
                new DialogSettings(
                        d.getDouble("accept-confidence"),
                        d.getDouble("clarify-confidence"),
                        d.getDouble("reply-confidence"),
                        d.getDouble("new-problem-confidence"),
                        d.getInt("clarify-options"),
                        d.getInt("max-problem-chars"),
                        d.getDuration("idle-after")));
    }

    public boolean hasTelegramToken() {
        return !telegramToken.isEmpty();
    }

    /** Never print the token itself. */
    @Override
    public String toString() {
        return "Settings[telegramToken=" + (hasTelegramToken() ? "(set)" : "(none)") + ", telegramApiUrl="
                + telegramApiUrl + ", dataDir=" + dataDir + ", models=" + models.dir() + "]";
    }
}
