package supportbot.channel.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.request.SendMessage;
import java.util.List;
import org.junit.jupiter.api.Test;
import supportbot.dialog.Button;
import supportbot.dialog.Reply;
import supportbot.dialog.State;

class ReplyRendererTest {

    @Test
    void textOverTheLimitIsSplitAtLineBreaksWithTheButtonsOnTheLastPart() {
        String paragraph = "x".repeat(1500);
        String text = String.join("\n\n", List.of(paragraph, paragraph, paragraph, paragraph));
        Reply reply = new Reply(text, List.of(new Button("Yes", "1:yes")), null, null, State.ON_STEP);
        List<SendMessage> parts = ReplyRenderer.render(7, reply);
        assertThat(parts).hasSize(2);
        parts.forEach(p -> assertThat(((String) p.getParameters().get("text")).length()).isLessThanOrEqualTo(4096));
        assertThat(parts.get(0).getParameters()).doesNotContainKey("reply_markup");
        assertThat(parts.get(1).getParameters()).containsKey("reply_markup");
        assertThat(String.join("\n\n", parts.stream().map(p -> (String) p.getParameters().get("text")).toList()))
                .as("nothing lost but the break it was cut at").isEqualTo(text);
    }

    @Test
    void textWithoutBreaksIsCutHardButNotInsideAnEmoji() {
        String text = "a".repeat(4095) + "👍" + "b".repeat(10);
        List<String> parts = ReplyRenderer.split(text, 4096);
        assertThat(parts.get(0)).hasSize(4095);
        assertThat(parts.get(1)).startsWith("👍");
    }

    @Test
    void shortTextIsOneMessage() {
        assertThat(ReplyRenderer.split("hello", 4096)).containsExactly("hello");
    }

    @Test
    void shortLabelsSitTwoToARowLongOnesOneEach() {
        InlineKeyboardButton[][] two = ReplyRenderer.keyboard(List.of(
                new Button("Fixed", "1:fixed"), new Button("Not fixed", "1:not_fixed"), new Button("Stop", "1:stop"))).inlineKeyboard();
        assertThat(two).hasNumberOfRows(2);
        assertThat(two[0]).hasSize(2);
        InlineKeyboardButton[][] one = ReplyRenderer.keyboard(List.of(
                new Button("Your iPhone isn't backing up to iCloud", "1:p=a"), new Button("No", "1:no"))).inlineKeyboard();
        assertThat(one).hasNumberOfRows(2);
        assertThat(one[0][0].callbackData()).isEqualTo("1:p=a");
    }

    @Test
    void everyPartOfALongSupportMessageCarriesTheConversationsRef() {
        String header = "ref: telegram/1234 · Ann (id 1234)";
        Reply relayed = new Reply("word ".repeat(1200), List.of(), null, null, State.HANDED_OFF, Reply.Audience.SUPPORT);
        List<SendMessage> parts = ReplyRenderer.renderForSupport(-100, header, relayed);
        assertThat(parts).hasSize(2);
        for (SendMessage part : parts) {
            String text = (String) part.getParameters().get("text");
            assertThat(text).startsWith(header + "\n").hasSizeLessThanOrEqualTo(ReplyRenderer.MAX_TEXT);
            assertThat(SupportThread.conversation(text)).contains(new supportbot.dialog.ConversationKey("telegram", "1234"));
        }
    }

    @Test
    void aSupportHeaderStoredWithAFiveThousandCharacterNameIsCutAndTheTextStillFits() {
        String header = "ref: telegram/1234 · " + "x".repeat(5_000) + " (id 1234)";
        Reply handoff = new Reply("A user asked for a person.", List.of(), null, null, State.HANDED_OFF, Reply.Audience.SUPPORT);
        List<SendMessage> parts = ReplyRenderer.renderForSupport(-100, header, handoff);
        String text = (String) parts.get(0).getParameters().get("text");
        assertThat(parts).hasSize(1);
        assertThat(text).hasSize(ReplyRenderer.MAX_HEADER + 1 + 1 + handoff.text().length()).endsWith("…\nA user asked for a person.");
        assertThat(SupportThread.conversation(text)).contains(new supportbot.dialog.ConversationKey("telegram", "1234"));
    }
}
