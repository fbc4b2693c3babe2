package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The state table on the toy knowledge base with scripted classifiers: at each question, what an answer
 * does (the step it records, in the turn file's words) and where the conversation goes. A typed word is
 * read by the scripted models as that label ("no 0.3": that unsure); "reask" means nothing moved, "sure X"
 * that the bot asks whether X is meant before doing it.
 */
class RuleTableTest {
    private static final TurnPlayer PLAYER = new TurnPlayer(ToyBot.KNOWLEDGE, ToyBot::intents, ToyBot::answers,
            ToyBot.SETTINGS, ToyBot.english());

    @ParameterizedTest(name = "{0} after \"{1}\": \"{2}\" -> {3}, {4}")
    @CsvSource(delimiter = ';', value = {
            // Did that fix it? (the toy problem slow: plain, status, model, risky)
            "on_step; [problem:slow]; fixed; fixed; RESOLVED",
            "on_step; [problem:slow]; yes; fixed; RESOLVED",
            "on_step; [problem:slow]; ✅ done, it works; fixed; RESOLVED",
            "on_step; [problem:slow]; not_fixed; not_fixed; CHECKING",
            "on_step; [problem:slow]; no; not_fixed; CHECKING",
            "on_step; [problem:slow]; the second one; not_fixed; CHECKING",
            "on_step; [problem:slow]; skip; skip; CHECKING",
            "on_step; [problem:slow]; decline; decline; CHECKING",
            "on_step; [problem:slow]; decline is it safe? I dont want to pay more; how; ON_STEP",
            "on_step; [problem:slow]; help; how; ON_STEP",
            "on_step; [problem:slow]; ask_safe; how; ON_STEP",
            "on_step; [problem:slow]; stop; stop; AWAITING_PROBLEM",
            "on_step; [problem:slow]; stop 0.5; sure stop; ON_STEP",
            "on_step; [problem:slow]; stop 0.3; reask; ON_STEP",
            "on_step; [problem:slow]; fixed 0.6; sure fixed; ON_STEP",
            "on_step; [problem:slow]; fixed 0.3; reask; ON_STEP",
            "on_step; [problem:slow]; remark; reask; ON_STEP",
            "on_step; [problem:slow]; wait; reask; ON_STEP",
            "on_step; [problem:slow]; thanks; reask; ON_STEP",
            "on_step; [problem:slow]; problem:broken; problem:broken; CONFIRMING",
            "on_step; [problem:slow]; new:broken 0.6; sure problem:broken; ON_STEP",
            "on_step; [problem:slow]; problem:slow; reask; ON_STEP",
            "on_step; [problem:slow]; human; human; AWAITING_PROBLEM",
            "on_step; [problem:slow]; start_over; start_over; AWAITING_PROBLEM",
            "checking; [problem:slow] | decline; go_back; go_back; ON_STEP",
            "checking; [problem:slow] | decline; go_back i said i want that one; go_back; ON_STEP",
            "on_step; [problem:slow]; go_back; reask; ON_STEP",
            // Is the dot green?
            "checking; [problem:slow] | [to:status]; yes; yes; CHOOSING_VARIANT",
            "checking; [problem:slow] | [to:status]; its red; no; OUTAGE",
            "checking; [problem:slow] | [to:status]; no; no; OUTAGE",
            "checking; [problem:slow] | [to:status]; ❌; no; OUTAGE",
            "checking; [problem:slow] | [to:status]; fixed; reask; CHECKING",
            "checking; [problem:slow] | [to:status]; unsure; how; CHECKING",
            // Apple's side is down: wait, or keep trying?
            "outage; [problem:slow] | [to:status] | [press:no]; wait; wait; AWAITING_PROBLEM",
            "outage; [problem:slow] | [to:status] | [press:no]; continue; continue; CHOOSING_VARIANT",
            "outage; [problem:slow] | [to:status] | [press:no]; ask_time; how; OUTAGE",
            "outage; [problem:slow] | [to:status] | [press:no]; yes; reask; OUTAGE",
            // Which one do you have?
            "choosing_variant; [problem:slow] | [to:model]; the new one; variant:new; ON_STEP",
            "choosing_variant; [problem:slow] | [to:model]; Old one; variant:old; ON_STEP",
            "choosing_variant; [problem:slow] | [to:model]; old; variant:old; ON_STEP",
            "choosing_variant; [problem:slow] | [to:model]; unsure; how; CHOOSING_VARIANT",
            "choosing_variant; [problem:slow] | [to:model]; skip; skip; CONFIRMING",
            "choosing_variant; [problem:slow] | [to:model]; yes; reask; CHOOSING_VARIANT",
            // It erases things: go ahead?
            "confirming; [problem:slow] | [to:risky]; yes; yes; ON_STEP",
            "confirming; [problem:slow] | [to:risky]; no; no; OUT_OF_FIXES",
            "confirming; [problem:slow] | [to:risky]; decline; no; OUT_OF_FIXES",
            "confirming; [problem:slow] | [to:risky]; skip; skip; OUT_OF_FIXES",
            "confirming; [problem:slow] | [to:risky]; fixed; fixed; RESOLVED",
            // Was this helpful?
            "resolved; [problem:slow] | [press:fixed]; yes; helpful; AWAITING_PROBLEM",
            "resolved; [problem:slow] | [press:fixed]; helpful; helpful; AWAITING_PROBLEM",
            "resolved; [problem:slow] | [press:fixed]; thanks; reask; RESOLVED",
            "resolved; [problem:slow] | [press:fixed]; no; not_helpful; AWAITING_PROBLEM",
            "resolved; [problem:slow] | [press:fixed]; not_fixed; not_fixed; CHECKING",
            "resolved; [problem:slow] | [press:fixed]; another_problem; another_problem; AWAITING_PROBLEM",
            "resolved; [problem:slow] | [press:fixed]; problem:broken; problem:broken; CONFIRMING",
            "resolved; [problem:slow] | [press:fixed]; remark; reask; RESOLVED",
            // Out of fixes: a person, or start over?
            "out_of_fixes; [problem:broken] | [out_of_fixes]; yes; human; AWAITING_PROBLEM",
            "out_of_fixes; [problem:broken] | [out_of_fixes]; no; start_over; AWAITING_PROBLEM",
            "out_of_fixes; [problem:broken] | [out_of_fixes]; start_over; start_over; AWAITING_PROBLEM",
            "out_of_fixes; [problem:broken] | [out_of_fixes]; remark; reask; OUT_OF_FIXES",
            // Welcome back: carry on, or start over?
            "welcome_back; [problem:slow] | [later]; yes; continue; ON_STEP",
            "welcome_back; [problem:slow] | [later]; no; start_over; AWAITING_PROBLEM",
            "welcome_back; [problem:slow] | [later]; fixed; fixed; RESOLVED",
            "welcome_back; [problem:slow] | [later]; not_fixed; not_fixed; CHECKING",
            "welcome_back; [problem:slow] | [later]; remark; reask; ON_STEP",
            // Just to be sure: do you want to stop here?
            "sure; [problem:slow] | stop 0.5; yes; stop; AWAITING_PROBLEM",
            "sure; [problem:slow] | stop 0.5; 🛑 Yes, stop; stop; AWAITING_PROBLEM",
            "sure; [problem:slow] | stop 0.5; no; reask; ON_STEP",
            "sure; [problem:slow] | stop 0.5; not_fixed; not_fixed; CHECKING",
            // Just to be sure: is it working now?
            "sure; [problem:slow] | skip 0.6; yes. it was fine already; skip; CHECKING",
            "sure; [problem:slow] | skip 0.6; No, I only asked why; reask; ON_STEP",
            "sure; [problem:slow] | fixed 0.6; yes; fixed; RESOLVED",
            "sure; [problem:slow] | fixed 0.6; no; not_fixed; CHECKING",
            "sure; [problem:slow] | fixed 0.6; remark; reask; ON_STEP",
            // Is that a different problem?
            "sure; [problem:slow] | new:broken 0.6; yes; problem:broken; CONFIRMING",
            "sure; [problem:slow] | new:broken 0.6; Yes, look at that; problem:broken; CONFIRMING",
            "sure; [problem:slow] | new:broken 0.6; no; reask; ON_STEP",
            "sure; [problem:slow] | new:broken 0.6; not_fixed; not_fixed; CHECKING",
            // Which problem is it?
            "clarifying; problem:slow 0.3; problem:broken; problem:broken; CONFIRMING",
            "clarifying; problem:slow 0.3; 1; problem:slow; ON_STEP",
            "clarifying; problem:slow 0.3; no; something_else; AWAITING_PROBLEM"})
    void anAnswerAtAQuestionDoesWhatTheTableSays(String question, String prefix, String typed, String expect, State after) {
        List<String> inputs = Arrays.stream(prefix.split(" \\| ")).map(String::strip).toList();
        Turn.Result result = PLAYER.play(new Turn(question, inputs, typed, expect, 0));
        assertThat(result.got()).as("%s (bot said: %s)", result.verdict(), result.said()).isEqualTo(expect);
        assertThat(result.after()).isEqualTo(after);
    }
}
