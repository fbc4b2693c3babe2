package supportbot.app;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a HOCON file of conf/: the working directory's copy when there is one (a deployer edits it),
 * otherwise the default inside the jar. Substitutions such as {@code ${?TELEGRAM_BOT_TOKEN}} resolve
 * against the environment.
 */
public final class ConfFiles {
    private ConfFiles() {
    }

    public static Loaded load(String name) {
        Path file = Path.of("conf", name);
        ConfigParseOptions options = ConfigParseOptions.defaults().setAllowMissing(false);
        Config config = Files.exists(file)
                ? ConfigFactory.parseFile(file.toFile(), options)
                : ConfigFactory.parseResources(ConfFiles.class, "/conf/" + name, options);
        return new Loaded(config.resolve(), Files.exists(file) ? file.toString() : "classpath:conf/" + name);
    }

    /**
     * The same, with the jar's copy under the working directory's: a deployer's file from an older release
     * still gets the settings and phrases added since. Not for knowledge.conf, where a pack must be whole.
     */
    public static Loaded withDefaults(String name) {
        Path file = Path.of("conf", name);
        if (!Files.exists(file)) {
            return load(name);
        }
        ConfigParseOptions options = ConfigParseOptions.defaults().setAllowMissing(false);
        Config own = ConfigFactory.parseFile(file.toFile(), options);
        Config shipped = ConfigFactory.parseResources(ConfFiles.class, "/conf/" + name, options);
        return new Loaded(own.withFallback(shipped).resolve(), file.toString());
    }

    /** A HOCON file given by path (a candidate knowledge file), resolved the same way. */
    public static Config parse(Path file) {
        return ConfigFactory.parseFile(file.toFile(), ConfigParseOptions.defaults().setAllowMissing(false)).resolve();
    }

    /** A parsed file and where it came from, for error messages that name it. */
    public record Loaded(Config config, String origin) {
    }
}
