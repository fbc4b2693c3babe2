package supportbot.app;

import com.typesafe.config.Config;
import java.nio.file.Path;
import supportbot.dialog.DialogSettings;
import supportbot.nlu.ModelFiles;
import supportbot.nlu.TrainingSettings;

/** The settings of conf/application.conf, typed. */
public record Settings(
        String telegramToken,
        String telegramApiUrl,
        Path dataDir,
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
                new ModelFiles(Path.of(c.getString("nlu.models-dir"))),
                TrainingSettings.from(c.getConfig("nlu.training")),
                new DialogSettings(
                        d.getDouble("accept-confidence"),
                        d.getDouble("clarify-confidence"),
                        d.getDouble("reply-confidence"),
                        d.getDouble("new-problem-confidence"),
                        d.getInt("clarify-options"),
                        d.getInt("max-problem-chars")));
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
