package supportbot.dialog;

import java.util.Optional;
import supportbot.nlu.Language;

/** A message in another language gets one short line in English, and nothing else is read into it. */
final class ForeignWords implements Reader {
    private final Language english;

    ForeignWords(Language english) {
        this.english = english;
    }

    @Override
    public Optional<Reading> read(Session s, Asked asked, String text) {
        return english.looksForeign(text) ? Optional.of(Reading.sure(new Answer.Act(Action.NOT_ENGLISH), "language")) : Optional.empty();
    }
}
