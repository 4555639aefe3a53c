package cn.procuratorate.wages.outreach.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AgencySectorTest {

    @Test
    void theNamesARequestMayHoldAreTheSectors() {
        assertThat(AgencySector.NAMES).isEqualTo(Arrays.stream(AgencySector.values()).map(Enum::name)
                .collect(Collectors.joining("|")));
    }

    @Test
    void aClaimNamesASectorOrNone() {
        assertThat(AgencySector.of("HOUSING")).contains(AgencySector.HOUSING);
        assertThat(AgencySector.of("housing")).isEmpty();
        assertThat(AgencySector.of(null)).isEmpty();
    }
}
