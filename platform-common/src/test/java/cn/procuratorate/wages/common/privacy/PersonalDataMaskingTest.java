package cn.procuratorate.wages.common.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.procuratorate.wages.common.privacy.PersonalDataMasking.Disclosure;
import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.Role;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataMaskingTest {

    private static final String UNIT = "110105";
    private static final String REVEAL = PersonalDataMasking.REVEAL_PERSONAL_DATA;

    @ParameterizedTest(name = "{0} of unit {1} reading a record of 110105 -> {2}")
    @CsvSource(nullValues = "none", value = {
            "CLERK, 110105, true",
            "PROCURATOR, 110105, true",
            "SUPERVISOR, 110105, true",
            "CLERK, 320102, false",           // another unit's record
            "SUPERVISOR, none, false",        // a staff token without unit
            "PARTNER_AGENCY, none, false",
            "PARTNER_AGENCY, 110105, false",
            "SERVICE, none, false",
            "SERVICE, 110105, false",
            "OPERATOR, 110105, false",
            "CLERK SERVICE, 110105, false",   // a role that may never see them outweighs one that may
            "CLERK AUDITOR, 110105, true",    // a role unknown here neither grants nor bars
            "AUDITOR, 110105, false",
            "none, 110105, false"})
    void whoMaySeeFullValues(String roles, String callerUnit, boolean mayReveal) {
        Caller caller = new Caller("someone", roles == null ? List.of() : List.of(roles.split(" ")), callerUnit, null);
        assertThat(PersonalDataMasking.mayReveal(caller, UNIT)).isEqualTo(mayReveal);
        if (mayReveal) {
            assertThat(PersonalDataMasking.forRecord(caller, UNIT, REVEAL)).isEqualTo(Disclosure.FULL);
        } else {
            assertThatThrownBy(() -> PersonalDataMasking.forRecord(caller, UNIT, REVEAL))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.FORBIDDEN));
        }
        // Not asked (or asked for something else): masked for everyone, nobody is refused.
        assertThat(PersonalDataMasking.forRecord(caller, UNIT, null)).isEqualTo(Disclosure.MASKED);
        assertThat(PersonalDataMasking.forRecord(caller, UNIT, "everything")).isEqualTo(Disclosure.MASKED);
    }

    @Test
    void listsAreAlwaysMasked() {
        assertThat(PersonalDataMasking.forList()).isEqualTo(Disclosure.MASKED);
    }

    @Test
    void everyRoleIsDecided() {
        assertThat(PersonalDataMasking.ENTITLEMENTS.keySet()).containsExactlyInAnyOrder(Role.values());
        assertThat(Arrays.stream(Role.values()).filter(role ->
                PersonalDataMasking.ENTITLEMENTS.get(role) == PersonalDataMasking.Entitlement.OWN_UNIT))
                .containsExactlyInAnyOrder(Role.CLERK, Role.PROCURATOR, Role.SUPERVISOR);
    }

    @Test
    void showsTheDecidedFormAndLogsTheMaskedOne() {
        assertThat(PersonalDataMasking.residentId("11010519491231002X", Disclosure.MASKED).text())
                .isEqualTo("110105********002X");
        assertThat(PersonalDataMasking.phone("13812345678", Disclosure.MASKED).text()).isEqualTo("138****5678");
        PersonalText full = PersonalDataMasking.phone("13812345678", Disclosure.FULL);
        assertThat(full.text()).isEqualTo("13812345678");
        assertThat(full).hasToString("138****5678");
    }
}
