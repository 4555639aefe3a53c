package cn.procuratorate.wages.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnitScopeTest {

    private static final Caller CLERK = new Caller("clerk1", List.of("CLERK"), "110105", null);
    private static final Caller SERVICE = new Caller("platform-services", List.of("SERVICE"), null, null);
    private static final Caller AGENCY = new Caller("hrss-agency", List.of("PARTNER_AGENCY"), null, "HRSS");

    @Test
    void staffReadAndWriteTheirOwnUnitOnly() {
        assertThat(UnitScope.readable(CLERK)).contains("110105");
        assertThat(UnitScope.forWrite(CLERK, null)).isEqualTo("110105");
        assertThat(UnitScope.forWrite(CLERK, "110105")).isEqualTo("110105");
        assertThatThrownBy(() -> UnitScope.forWrite(CLERK, "320102"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
    }

    @Test
    void aServiceReadsEveryUnitAndMustNameTheUnitOfAWrite() {
        assertThat(UnitScope.readable(SERVICE)).isEmpty();
        assertThat(UnitScope.forWrite(SERVICE, "320102")).isEqualTo("320102");
        assertThatThrownBy(() -> UnitScope.forWrite(SERVICE, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.VALIDATION));
    }

    @Test
    void aCallerWithoutUnitWhoIsNotAServiceReachesNoUnitData() {
        assertThatThrownBy(() -> UnitScope.readable(AGENCY)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> UnitScope.forWrite(AGENCY, "110105")).isInstanceOf(ApiException.class);
    }
}
