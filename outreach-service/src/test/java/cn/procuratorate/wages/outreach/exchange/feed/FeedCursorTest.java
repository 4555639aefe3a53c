package cn.procuratorate.wages.outreach.exchange.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedCursorTest {

    @Test
    void aCursorIsOpaqueAndComesBackAsItWent() {
        String text = new FeedCursor(1234).encode();

        assertThat(text).doesNotContain("1234").matches("[A-Za-z0-9_-]+");
        assertThat(FeedCursor.decode(text)).contains(new FeedCursor(1234));
        assertThat(FeedCursor.decode(FeedCursor.START.encode())).contains(FeedCursor.START);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234", "Zm9vOjQy", "ZmVlZDE6LTE", "ZmVlZDE6eA", "%%%", ""})
    void textThisServiceNeverGaveOutIsNoCursor(String text) {
        assertThat(FeedCursor.decode(text)).isEmpty();
    }
}
