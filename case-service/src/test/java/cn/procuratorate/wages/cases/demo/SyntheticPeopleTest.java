package cn.procuratorate.wages.cases.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.cases.demo.SyntheticPeople.Person;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SyntheticPeopleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void residentIdsHaveTheCheckCharacterOfGb11643AndPlausibleParts() {
        for (Person person : people(new Random(1), 2000)) {
            String id = person.residentId().value();
            assertThat(id.charAt(17)).as("check character of %s", id.substring(0, 6)).isEqualTo(gb11643Check(id));
            assertThat(ResidentIdNumber.defectOf(id, TODAY)).isEmpty();
            assertThat(Regions.HOME_COUNTIES).contains(id.substring(0, 6));
            assertThat(person.residentId().birthDate())
                    .isBetween(SyntheticPeople.EARLIEST_BIRTH, SyntheticPeople.LATEST_BIRTH);
            assertThat(Integer.parseInt(id.substring(14, 17))).isBetween(1, 999);
        }
    }

    @Test
    void theCheckCharacterIsTheOneOfTheStandardsExamples() {
        assertThat(SyntheticPeople.withCheckCharacter("11010519491231002", TODAY).value())
                .isEqualTo("11010519491231002X");
        assertThat(SyntheticPeople.withCheckCharacter("44052418800101001", TODAY).value())
                .isEqualTo("440524188001010014");
    }

    @Test
    void namesAreChineseAndPhonesAreMainlandMobileNumbers() {
        for (Person person : people(new Random(2), 500)) {
            assertThat(person.name()).matches("\\p{IsHan}{2,3}");
            assertThat(person.phone().value()).matches("1[3-9]\\d{9}");
        }
    }

    @Test
    void theSameSeedGivesTheSamePeople() {
        assertThat(people(new Random(3), 50)).isEqualTo(people(new Random(3), 50));
    }

    private static List<Person> people(Random random, int count) {
        SyntheticPeople people = new SyntheticPeople(random, TODAY);
        List<Person> result = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            result.add(people.next(i % 2 == 0));
        }
        return result;
    }

    /** DOMAIN.md: weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, "10X98765432"[sum mod 11]. */
    private static char gb11643Check(String id) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
