package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretsTest {

    @ParameterizedTest(name = "\"{0}\" is kept as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "my apple id password is hunter2!! | my apple id password is [hidden]",
            "Passcode: 482913 | Passcode: [hidden]",
            "the code 123 456 never came | the code [number] never came",
            "my pin 4821 | my pin [hidden]",
            "it sent 774 921 to my mac | it sent [number] to my mac",
            "write to ann.lee+icloud@example.co.uk please | write to [email] please",
            "my apple id is jörg.müller@web.de. | my apple id is [email].",
            "call me on +44 7700 900123 | call me on [number]",
            "call me on +447700900123 | call me on [number]",
            "or (555) 123-4567 after 6 | or [number] after 6",
            "+1 (555) 123-4567 | [number]",
            "IMEI: 35-209900-176148-1 | IMEI: [number]",
            "imei 356938035643809 | imei [number]",
            "serial C02XL0GXJGH5 | serial [serial]",
            "it says F2LZK0TWN735 in settings | it says [serial] in settings",
            "my serial number is c02xl0gxjgh5 | my serial number is [serial]",
            "S/N: DNPXK3QHKXKN | S/N: [serial]",
            "a new one: H4V7QX2J9K | a new one: [serial]",
            "imei 35 209900 176148 1 | imei [number]",
            "call 07700 900000 | call [number]",
            "on 2024-03-15 the code 482913 came | on 2024-03-15 the code [number] came",
            "verification code 4821 | verification code [hidden]"})
    void secretsAndWaysToFindAPersonAreMasked(String said, String kept) {
        assertThat(Secrets.mask(said)).isEqualTo(kept);
    }

    @ParameterizedTest(name = "\"{0}\" is kept as it is")
    @CsvSource(delimiter = '|', value = {
            "is it a password issue",
            "verification code never arrives",
            "icloud storage is full, only 5gb",
            "iphone 13 on ios 17.5",
            "updated to iOS 17.2.1 yesterday",
            "the backup is 4.6 GB and I have 5 GB",
            "it stopped at 10:30 and again at 23:05",
            "it takes 10 - 12 hours",
            "I have 12,345 photos and 2024 videos",
            "IPHONE15PRO WONT BACK UP",
            "MACBOOKPRO16 WONT CHARGE",
            "my GALAXYS23FE syncs fine",
            "it broke on 2024-03-15 at 10:30",
            "since 15-03-2024",
            "I have 120 000 photos and 1 500 000 files",
            "model 2338 2020",
            "error code 4013",
            "Error Code: 4013 again",
            "error 0x8007000e",
            "the serial number never shows",
            "my email is on my other phone"})
    void ordinaryWordsAreKept(String said) {
        assertThat(Secrets.mask(said)).isEqualTo(said);
    }

    @Test
    void keptWordsAreCutAfterTheLimitButNotInsideAnEmoji() {
        assertThat(Secrets.kept("a".repeat(20), 10)).isEqualTo("a".repeat(10) + "…");
        assertThat(Secrets.kept("a".repeat(9) + "👍" + "b", 10)).isEqualTo("a".repeat(9) + "…");
        assertThat(Secrets.kept("short, mail ann@example.com", 100)).isEqualTo("short, mail [email]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-15 ", "1 000 ", "1 2", "2338 2020 ", "1-", "C02XL0GXJG", "12345678 "})
    void aMegabyteOfNumbersInMessagesOfTelegramsLengthIsMaskedAtOnce(String piece) {
        String crafted = piece.repeat(4_096 / piece.length());   // the longest message a user can send
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < 250; i++) {
                Secrets.mask(crafted);
            }
        });
    }

    @Test
    void aMegabyteOfLettersAndDotsIsMaskedAtOnce() {
        String crafted = "ann.lee".repeat(150_000) + " @example.com";
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThat(Secrets.mask(crafted)).isEqualTo(crafted));
    }
}
