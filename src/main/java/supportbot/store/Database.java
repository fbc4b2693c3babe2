package supportbot.store;

/** The databases the store runs on. */
enum Database {
    /** The embedded default: one file, one writing process at a time. */
    SQLITE,
    /** A server shared by several instances of the bot. */
    POSTGRESQL;

    String folder() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
