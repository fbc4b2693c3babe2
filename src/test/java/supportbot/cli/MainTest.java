package supportbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line's own answers: help, help of a command, the version, and help texts that read whole. */
class MainTest {

    private record Run(int exitCode, String out) {
    }

    private static Run run(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        int exitCode = cli.execute(args);
        return new Run(exitCode, out.toString());
    }

    private static List<String> commands() {
        return Main.commandLine().getSubcommands().keySet().stream().filter(name -> !name.equals("help")).toList();
    }

    @Test
    void helpListsEveryCommandAndHelpOfACommandIsItsUsage() {
        Run help = run("help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains(commands().toArray(String[]::new));
        for (String command : commands()) {
            Run usage = run("help", command);
            assertThat(usage.exitCode()).as(command).isZero();
            assertThat(usage.out()).as(command).isEqualTo(run(command, "--help").out()).startsWith("Usage: supportbot " + command);
        }
    }

    @Test
    void everyCommandPrintsTheVersion() {
        assertThat(run("-V").out()).startsWith("supportbot ");
        for (String command : commands()) {
            Run version = run(command, "-V");
            assertThat(version.exitCode()).as(command).isZero();
            assertThat(version.out()).as(command).isEqualTo(run("-V").out());
        }
    }

    /** Each paragraph of a command's description is printed on lines of its own, the first in the list of commands. */
    @Test
    void everyDescriptionParagraphIsAWholeSentence() {
        CommandLine cli = Main.commandLine();
        for (String command : commands()) {
            for (String paragraph : cli.getSubcommands().get(command).getCommandSpec().usageMessage().description()) {
                assertThat(paragraph).as(command).matches("[A-Z].*[.)]");
            }
        }
    }

    @Test
    void noHelpTextIsWrappedInsideAWord() {
        for (String command : commands()) {
            String usage = run(command, "--help").out();
            assertThat(usage).as(command).doesNotContainPattern("[./?:]\\R\\s*[a-z/]");
        }
    }
}
