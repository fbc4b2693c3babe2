package supportbot.dialog;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import supportbot.nlu.TextNormalizer;

/**
 * Words that name one of the offered buttons count as pressing it. At the model question a number that names
 * a model ("8", "11") is the model, not a button number; one that could be either ("5") is asked about again.
 * A button's number at the start or end of a few words of mood ("ugh. 2", "3 omg") presses it too, and so
 * does a Yes or No that opens a longer answer to "Just to be sure" ("yes. wifi isn't the issue").
 */
final class TypedButton implements Reader {
    /** The most words around a button's number that still press it. */
    private static final int AROUND = 4;
    /** Words after which a number counts something else ("iphone 5", "fix 3", "2 gb"). */
    private static final Set<String> COUNTS = Set.of("iphone", "ios", "fix", "step", "version", "gb", "tb", "mb", "percent",
            "minutes", "min", "mins", "hours", "hrs", "days", "times", "items", "photos", "pm", "am", "x");
    /** A few words, then a stop or comma, then more: "yes. wifi isnt the issue", "No, I asked why". */
    private static final Pattern OPENING = Pattern.compile("^([^.,!;:?]{1,12})[.,!;:]+\\s*\\S");
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
        if (named.isPresent()) {
            return named;
        }
        Optional<Reading> opening = yesOrNoOpening(asked, text, buttons);
        return opening.isPresent() ? opening : numberAmongFewWords(s, asked, text, buttons);
    }

    private Optional<Reading> yesOrNoOpening(Asked asked, String text, List<Button> buttons) {
        Matcher m = OPENING.matcher(text.strip());
        if (asked.question() != Question.SURE || !m.find()) {
            return Optional.empty();
        }
        return words.match(m.group(1), buttons).flatMap(b -> ButtonData.decode(b.data())).map(ButtonData::answer)
                .filter(a -> a instanceof Answer.Act act && (act.action() == Action.YES || act.action() == Action.NO))
                .map(a -> Reading.sure(a, "button"));
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
