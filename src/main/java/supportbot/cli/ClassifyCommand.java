package supportbot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import supportbot.app.Settings;
import supportbot.nlu.Intent;
import supportbot.nlu.AnswerReader;
import supportbot.nlu.TextClassifier;

@Command(name = "classify", mixinStandardHelpOptions = true, description = {
        "Read one message per stdin line; print 'intent<TAB>confidence' per line.",
        "With --replies (or --question NAME), read each line as an answer to that question of the bot's instead."})
final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--replies", description = "Read answers to \"Did that fix it?\" (fixed, not_fixed, skip, decline, ask_how, ..., stop, human, remark, new_problem): the same as --question step.")
    boolean replies;

    @Option(names = "--question", paramLabel = "NAME", description = "Read answers to this question: step, check, variant, warning, outage, helpful, out_of_fixes, welcome_back, yes_no.")
    String question;

    @Override
    public Integer call() throws IOException {
        Settings settings = Settings.load();
        String asked = question != null ? question : replies ? "step" : null;
        AnswerReader answers = asked != null ? settings.models().answers() : null;
        TextClassifier classifier = asked != null ? text -> answers.read(asked, text) : settings.models().intents();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.isBlank()) {
                out.println("\t0.0000");   // nothing to read: no label, rather than a guess
                continue;
            }
            Intent top = classifier.classify(line).top();
            out.printf(Locale.ROOT, "%s\t%.4f%n", top.name(), top.confidence());
        }
        out.flush();
        return 0;
    }
}
