package cn.procuratorate.wages.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"req-12345678", "6b07d75d-6698-e590-b2f0", "a.b_c-d.12345"})
    void keepsAPlainIdFromTheGateway(String id) {
        assertThat(RequestIds.safeOrNew(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"short", "has space in it", "line\nbreak-forged-log", "110101199003077777<script>",
            "日志注入测试编号号号"})
    void replacesAMissingOrUnsafeIdWithANewOne(String id) {
        assertThat(RequestIds.safeOrNew(id)).matches("[0-9a-f-]{36}");
    }

    @ParameterizedTest
    @CsvSource({"65"})
    void replacesAnIdLongerThan64Characters(int length) {
        assertThat(RequestIds.safeOrNew("a".repeat(length))).hasSize(36);
    }
}
