package supportbot.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import supportbot.knowledge.Branch;
import supportbot.knowledge.Fix;
import supportbot.knowledge.KnowledgeBase;
import supportbot.knowledge.Phrase;

/**
 * One scripted conversation: the lines a user sends and, after each, where the bot must stand
 * (fix and state). Built from the knowledge base, not from the engine, so it is an independent oracle.
 */
public record Script(String id, List<String> lines, List<Checkpoint> after) {

    /** Where the conversation stands after a line: the fix on offer (or null) and the state's name. */
    public record Checkpoint(String fix, String state) {
    }

    /** A symptom described in words, then its fixes answered by button, ending fixed or out of fixes. */
    public static Script random(String id, KnowledgeBase kb, Random random) {
        List<String> intents = List.of("storage_full", "wifi_problem", "not_charging", "backup_stuck", "signin_problem");
        List<String> openers = List.of("it says my icloud storage is full", "my wifi keeps dropping out at home",
                "my iphone wont charge at all", "the backup is stuck on estimating time remaining",
                "it keeps asking for my apple id password");
        int pick = random.nextInt(intents.size());
        List<String> fixes = kb.symptom(intents.get(pick)).orElseThrow().fixIds();
        int fixedAt = random.nextInt(fixes.size() + 2); // sometimes never fixed: out of fixes

        List<String> lines = new ArrayList<>();
        List<Checkpoint> after = new ArrayList<>();
        lines.add(openers.get(pick));
        after.add(firstCheckpoint(kb.fix(fixes.get(0))));
        for (int i = 0; i < fixes.size(); i++) {
            Fix fix = kb.fix(fixes.get(i));
            Branch branch = fix.branch();
            if (branch instanceof Branch.ChooseVariant choose) {
                lines.add(button(choose.variants().get(random.nextInt(choose.variants().size())).label()));
                after.add(new Checkpoint(fix.id(), "on_step"));
            } else if (branch instanceof Branch.Confirm confirm) {
                lines.add(button(confirm.yes()));
                after.add(new Checkpoint(fix.id(), "on_step"));
            }
            boolean last = i == fixes.size() - 1;
            if (i == fixedAt && !(branch instanceof Branch.Check)) {
                lines.add(button(kb.phrases().say(Phrase.BUTTON_FIXED)));
                after.add(new Checkpoint(null, "resolved"));
                return new Script(id, lines, after);
            }
            lines.add(branch instanceof Branch.Check check ? button(check.yes()) : button(kb.phrases().say(Phrase.BUTTON_NOT_FIXED)));
            after.add(last ? new Checkpoint(null, "out_of_fixes") : firstCheckpoint(kb.fix(fixes.get(i + 1))));
        }
        return new Script(id, lines, after);
    }

    private static Checkpoint firstCheckpoint(Fix fix) {
        Branch b = fix.branch();
        String state = b instanceof Branch.ChooseVariant ? "choosing_variant"
                : b instanceof Branch.Confirm ? "confirming"
                : b instanceof Branch.Check ? "checking" : "on_step";
        return new Checkpoint(fix.id(), state);
    }

    private static String button(String label) {
        return "#button:" + label;
    }
}
