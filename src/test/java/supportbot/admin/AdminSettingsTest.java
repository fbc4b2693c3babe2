package supportbot.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigValueFactory;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AdminSettingsTest {

    @ParameterizedTest(name = "\"{0}\" is the origin {1}")
    @CsvSource(delimiter = '|', nullValues = "none", value = {
            "''                              | none",
            "https://admin.example.com       | https://admin.example.com",
            "https://admin.example.com/      | https://admin.example.com",
            "http://10.0.0.5:8443            | http://10.0.0.5:8443"})
    void theOriginIsTakenAsABrowserSendsIt(String setting, String origin) {
        assertThat(settings(setting).origin()).isEqualTo(Optional.ofNullable(origin));
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin.example.com", "https://admin.example.com/dashboard", "ftp://admin.example.com", "https://"})
    void anOriginThatIsNotOneIsRefusedNamingTheSetting(String setting) {
        assertThatThrownBy(() -> settings(setting)).hasMessageContaining("SUPPORTBOT_ADMIN_ORIGIN").hasMessageContaining(setting);
    }

    private static AdminSettings settings(String origin) {
        return AdminSettings.from(ConfigFactory.parseString("port = \"\", bind = \"127.0.0.1\", token = \"\"")
                .withValue("origin", ConfigValueFactory.fromAnyRef(origin)));
    }
}
