package supportbot.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import supportbot.app.Settings;
import supportbot.lint.LintProblem;
import supportbot.lint.PackLint;
import supportbot.nlu.ModelKind;

@Command(name = "lint", mixinStandardHelpOptions = true, description = {
        "Check a knowledge pack: the knowledge file, the intent training and test data, and the model trained from them.",
        "Prints each problem with its file and line; exits 1 when there is an error (warnings alone: 0)."})
final class LintCommand implements Callable<Integer> {

    @Option(names = "--knowledge", paramLabel = "FILE",
            description = "The knowledge file (default: the pack's, supportbot.knowledge.dir).")
    Path knowledge;

    @Option(names = "--models", paramLabel = "DIR", description = "The models folder with train/ and test/ (default: the settings').")
    Path models;

    @Option(names = "--min-examples", defaultValue = "20", description = "Fewer training examples than this for a label is a warning (default: ${DEFAULT-VALUE}).")
    int minExamples;

    @Override
    public Integer call() {
        Settings settings = Settings.load();
        var files = models == null ? settings.models() : new supportbot.nlu.ModelFiles(models);
        boolean current;
        try {
            current = files.recordedFingerprint(ModelKind.INTENTS)
                    .equals(files.currentFingerprint(ModelKind.INTENTS, settings.training(ModelKind.INTENTS)));
        } catch (RuntimeException e) {
            current = false;
        }
        Path file = knowledge != null ? knowledge : settings.knowledge().knowledgeFile();
        List<LintProblem> problems = new PackLint(file, files.trainingData(ModelKind.INTENTS),
                files.testIntents(), minExamples).run(current);
        problems.forEach(System.out::println);
        long errors = problems.stream().filter(p -> p.severity() == LintProblem.Severity.ERROR).count();
        System.out.printf("%d errors, %d warnings%n", errors, problems.size() - errors);
        return errors > 0 ? 1 : 0;
    }
}
