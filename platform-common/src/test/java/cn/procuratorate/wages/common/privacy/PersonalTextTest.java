package cn.procuratorate.wages.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class PersonalTextTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Request(PersonalText residentId) {
    }

    @Test
    void isAPlainStringInJsonButNeverInToString() {
        Request request = JSON.readValue("{\"residentId\":\"11010519491231002X\"}", Request.class);
        assertThat(request.residentId().text()).isEqualTo("11010519491231002X");
        assertThat(request.toString()).doesNotContain("11010519491231002").contains("[personal data, 18 chars]");
        assertThat(JSON.writeValueAsString(request)).isEqualTo("{\"residentId\":\"11010519491231002X\"}");
    }

    @Test
    void aShownValueLogsAsItsMaskedForm() {
        PersonalText full = PersonalDataMasking.residentId("11010519491231002X", PersonalDataMasking.Disclosure.FULL);
        assertThat(full.text()).isEqualTo("11010519491231002X");
        assertThat(full).hasToString("110105********002X");
        assertThat(JSON.writeValueAsString(full)).isEqualTo("\"11010519491231002X\"");
    }

    @Test
    void aNumberIsRefusedWithoutTheParserQuotingIt() {
        assertThatThrownBy(() -> JSON.readValue("{\"residentId\":440524188001010014}", Request.class))
                .isInstanceOf(JacksonException.class)
                .hasMessageContaining("Personal data must be a JSON string")
                .hasMessageNotContaining("440524188001010014");
        assertThat(JSON.readValue("{\"residentId\":null}", Request.class).residentId()).isNull();
    }
}
