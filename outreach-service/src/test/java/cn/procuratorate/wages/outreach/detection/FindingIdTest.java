package cn.procuratorate.wages.outreach.detection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.outreach.detection.FindingId.Reference;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindingIdTest {

    private static final DetectionScope SCOPE = new DetectionScope(Answers.YEAR, "110105");

    @Test
    void theSameKindKeyPeriodAndUnitGiveTheSameReadableId() {
        String id = FindingId.of(FindingKind.REPEAT_EMPLOYER, "91110108551385082Q", SCOPE);

        assertThat(id).isEqualTo(FindingId.of(FindingKind.REPEAT_EMPLOYER, "91110108551385082Q",
                new DetectionScope(new DetectionPeriod(Answers.YEAR.from(), Answers.YEAR.to()), "110105")));
        assertThat(id).matches("repeat-employer-20251127-20261126-[0-9a-f]{12}");
        // The suggestions' evidence ids take at most 64 word characters and hyphens.
        assertThat(FindingId.of(FindingKind.CONTRACTOR_CONCENTRATION, "李某某（包工头）", SCOPE))
                .matches("[\\w\\-]{1,64}");
    }

    @Test
    void anotherKeyKindPeriodOrUnitGivesAnotherId() {
        String id = FindingId.of(FindingKind.REPEAT_EMPLOYER, "91110108551385082Q", SCOPE);

        assertThat(id).isNotEqualTo(FindingId.of(FindingKind.REPEAT_EMPLOYER, "91110000600037341L", SCOPE))
                .isNotEqualTo(FindingId.of(FindingKind.CONTRACTOR_CONCENTRATION, "91110108551385082Q", SCOPE))
                .isNotEqualTo(FindingId.of(FindingKind.REPEAT_EMPLOYER, "91110108551385082Q",
                        new DetectionScope(Answers.YEAR, "320102")))
                .isNotEqualTo(FindingId.of(FindingKind.REPEAT_EMPLOYER, "91110108551385082Q",
                        new DetectionScope(Answers.YEAR, null)))
                .isNotEqualTo(FindingId.of(FindingKind.REPEAT_EMPLOYER, "91110108551385082Q", new DetectionScope(
                        new DetectionPeriod(LocalDate.parse("2025-11-26"), Answers.YEAR.to()), "110105")));
    }

    @Test
    void anIdTellsItsKindAndPeriod() {
        String id = FindingId.of(FindingKind.SEASONAL_SURGE, "2026", SCOPE);

        assertThat(FindingId.parse(id)).contains(new Reference(FindingKind.SEASONAL_SURGE, Answers.YEAR));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "repeat-employer", "unknown-kind-20251127-20261126-0123456789ab",
            "repeat-employer-20251127-20261126-0123456789AB", "repeat-employer-20250230-20261126-0123456789ab",
            "repeat-employer-20261126-20251127-0123456789ab", "repeat-employer-20251127-20261126-0123456789ab0"})
    void anythingElseIsNoId(String id) {
        assertThat(FindingId.parse(id)).isEmpty();
    }
}
