package cn.procuratorate.wages.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;

class ProblemLanguageTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "EN-gb", "fr, en;q=0.5", "en;q=0.9, zh;q=0.8"})
    void english(String header) {
        assertThat(ProblemLanguage.of(request(header))).isEqualTo(ProblemLanguage.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh", "zh-TW", "fr", "de-DE, ja", "en;q=0.5, zh;q=0.9", "*", "q=;;,", " "})
    void chinese(String header) {
        assertThat(ProblemLanguage.of(request(header))).isEqualTo(ProblemLanguage.CHINESE);
    }

    @Test
    void chineseWithoutHeader() {
        assertThat(ProblemLanguage.of(MockServerHttpRequest.get("/").build())).isEqualTo(ProblemLanguage.CHINESE);
    }

    private static MockServerHttpRequest request(String acceptLanguage) {
        return MockServerHttpRequest.get("/").header("Accept-Language", acceptLanguage).build();
    }
}
