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
import supportbot.nlu.ModelKind;
import supportbot.nlu.TextClassifier;

@Command(name = "classify", mixinStandardHelpOptions = true, description = "Read one message per stdin line; print 'intent<TAB>confidence' per line.")
final class ClassifyCommand implements Callable<Integer> {

    @Option(names = "--replies", description = "Classify answers to the bot's questions (fixed, not_fixed, yes, no, skip, decline, help, unsure, stop, wait, continue, start_over, another_problem, human, remark).")
    boolean replies;

    @Override
    public Integer call() throws IOException {
        TextClassifier classifier = Settings.load().models().classifier(replies ? ModelKind.REPLIES : ModelKind.INTENTS);
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
