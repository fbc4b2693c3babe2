package supportbot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecretsTest {

    @ParameterizedTest(name = "\"{0}\" is logged as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "my apple id password is hunter2!! | my apple id password is [hidden]",
            "Passcode: 482913 | Passcode: [hidden]",
            "the code 123 456 never came | the code [number] never came",
            "my pin 4821 | my pin [hidden]",
            "is it a password issue | is it a password issue",
            "verification code never arrives | verification code never arrives",
            "it sent 774 921 to my mac | it sent [number] to my mac",
            "icloud storage is full, only 5gb | icloud storage is full, only 5gb",
            "iphone 13 on ios 17.5 | iphone 13 on ios 17.5"})
    void secretsAreMaskedAndOrdinaryWordsKept(String said, String logged) {
        assertThat(Secrets.mask(said)).isEqualTo(logged);
    }
}
