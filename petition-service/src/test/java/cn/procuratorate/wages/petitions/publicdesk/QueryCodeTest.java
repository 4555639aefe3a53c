package cn.procuratorate.wages.petitions.publicdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryCodeTest {

    @Test
    void codesAreLongEnoughAndOnlyOfTheUnambiguousAlphabet() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = QueryCode.generate();
            assertThat(code).hasSize(20).matches("[0-9A-HJKMNP-TV-Z]+");
            codes.add(code);
        }
        assertThat(codes).hasSize(1000);
        // 20 characters of 32 symbols: 100 bits, enough for an unsalted hash to be safe to store.
        assertThat(QueryCode.LENGTH * (Math.log(QueryCode.ALPHABET.length()) / Math.log(2))).isGreaterThanOrEqualTo(80);
    }

    @Test
    void whatAPersonTypesIsReadAsTheIssuedCode() {
        assertThat(QueryCode.normalise("abcd-efgh jkmn-pqrs-tvwx")).contains("ABCDEFGHJKMNPQRSTVWX");
        assertThat(QueryCode.normalise("O0IL1000000000000000")).contains("00111000000000000000");
    }

    @Test
    void whatCannotBeACodeIsRefused() {
        assertThat(QueryCode.normalise(null)).isEmpty();
        assertThat(QueryCode.normalise("ABCD")).isEmpty();
        assertThat(QueryCode.normalise("ABCDEFGHJKMNPQRSTVWXY")).isEmpty();
        assertThat(QueryCode.normalise("ABCDEFGHJKMNPQRSTVWU")).isEmpty();
        assertThat(QueryCode.normalise("{\"$ne\":null}")).isEmpty();
    }

    @Test
    void theStoredHashIsNotTheCode() {
        String code = QueryCode.generate();
        assertThat(QueryCode.hash(code)).hasSize(64).doesNotContain(code).isEqualTo(QueryCode.hash(code));
    }
}
