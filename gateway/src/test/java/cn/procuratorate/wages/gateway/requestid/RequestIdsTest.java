package cn.procuratorate.wages.gateway.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"abcdefgh", "0b8f2c4e-3c1d-4f7a-9a51-2f0e6c7d8e9f", "web.1234_x-y"})
    void safeIdsAreKept(String id) {
        assertThat(RequestIds.safeOrNew(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "short", "has space in it", "line\nbreak-123", "日志注入测试编号号号",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void anythingElseIsReplacedByAUuid(String id) {
        assertThat(RequestIds.safeOrNew(id)).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }
}
