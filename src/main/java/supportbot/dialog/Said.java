package supportbot.dialog;

/** The message an answer came from: the words ({@code text}, null for a press) and the fixes' track record. */
record Said(String text, FixResults record) {
    static Said press(FixResults record) {
        return new Said(null, record);
    }
}
