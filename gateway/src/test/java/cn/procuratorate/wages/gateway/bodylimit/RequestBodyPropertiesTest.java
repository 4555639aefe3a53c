package cn.procuratorate.wages.gateway.bodylimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

class RequestBodyPropertiesTest {

    @ParameterizedTest
    @CsvSource({"2MB, 2MB", "512KB, 512KB", "1536KB, 1536KB", "1000B, 1000B", "10MB, 10MB"})
    void theLimitIsShownAsAPersonWouldWriteIt(String configured, String shown) {
        assertThat(new RequestBodyProperties(DataSize.parse(configured)).maxSizeText()).isEqualTo(shown);
    }
}
