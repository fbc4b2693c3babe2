package supportbot.dialog;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import supportbot.nlu.TextNormalizer;

/**
 * Words that name one of the offered buttons count as pressing it. At the model question a number that names
 * a model ("8", "11") is the model, not a button number; one that could be either ("5") is asked about again.
 * A button's number at the start or end of a few words of mood ("ugh. 2", "3 omg") presses it too.
 */
final class TypedButton implements Reader {
    /** The most words around a button's number that still press it. */
    private static final int AROUND = 4;
    /** Words after which a number counts something else ("iphone 5", "fix 3", "2 gb"). */
    private static final Set<String> COUNTS = Set.of("iphone", "ios", "fix", "step", "version", "gb", "tb", "mb", "percent",
            "minutes", "min", "mins", "hours", "hrs", "days", "times", "items", "photos", "pm", "am", "x");
    private final ButtonWords words = new ButtonWords();

    @Override
    public Optional<Reading> read(Session s, Asked asked, String text) {
        List<Button> buttons = asked.buttons(s);
        if (text.strip().matches("\\d{1,2}")) {
            boolean anOption = asked.own(s, String.join(" ", TextNormalizer.tokens(text))).isPresent();
            if (anOption) {
                boolean aButton = Integer.parseInt(text.strip()) <= buttons.size();
                return aButton ? Optional.of(Reading.sure(new Answer.Act(Action.UNCLEAR), "button")) : Optional.empty();
            }
        }
        Optional<Reading> named = words.match(text, buttons).flatMap(b -> ButtonData.decode(b.data())).map(d -> Reading.sure(d.answer(), "button"));
        return named.isPresent() ? named : numberAmongFewWords(s, asked, text, buttons);
    }

    private static Optional<Reading> numberAmongFewWords(Session s, Asked asked, String text, List<Button> buttons) {
        List<String> tokens = List.of(TextNormalizer.tokens(text));
        List<String> numbers = tokens.stream().filter(t -> t.matches("\\d{1,2}")).toList();
        if (numbers.size() != 1 || tokens.size() < 2 || tokens.size() > AROUND + 1 || tokens.stream().anyMatch(COUNTS::contains)) {
            return Optional.empty();
        }
        boolean atAnEnd = tokens.get(0).equals(numbers.get(0)) || tokens.get(tokens.size() - 1).equals(numbers.get(0));
        if (asked.own(s, numbers.get(0)).isPresent()) {
            return Optional.empty();   // "it's a 5" at the model question is the model
        }
        int n = Integer.parseInt(numbers.get(0));
        return atAnEnd && n >= 1 && n <= buttons.size()
                ? ButtonData.decode(buttons.get(n - 1).data()).map(d -> Reading.sure(d.answer(), "button")) : Optional.empty();
    }
}
