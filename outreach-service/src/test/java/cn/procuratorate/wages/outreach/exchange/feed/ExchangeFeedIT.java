package cn.procuratorate.wages.outreach.exchange.feed;

import static org.assertj.core.api.Assertions.assertThat;

import cn.procuratorate.wages.outreach.exchange.ExchangeIT;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The feed's numbering under concurrent writers: 1, 2, 3 ... per agency, no gaps, each change once. */
class ExchangeFeedIT extends ExchangeIT {

    @Autowired
    private ExchangeFeed feed;

    private static FeedEvent event(String agency, String clue, FeedEventType type) {
        return new FeedEvent(agency, clue, "RS-" + clue, type, Instant.now(), null, null, null, null, null);
    }

    @Test
    void writersRacingForOneAgencyNumberItsEventsWithoutGapsOrRepeats() throws Exception {
        String agency = "race-" + UUID.randomUUID().toString().substring(0, 8);
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> work = new ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                int first = writer * 10;
                work.add(() -> {
                    for (int i = first; i < first + 10; i++) {
                        feed.append(event(agency, "clue-" + i, FeedEventType.RECEIVED));
                        // The same change recorded again, as a repeated step would: no second event.
                        feed.append(event(agency, "clue-" + i, FeedEventType.RECEIVED));
                    }
                    return null;
                });
            }
            for (Future<Void> done : writers.invokeAll(work)) {
                done.get();
            }
        } finally {
            writers.shutdownNow();
        }

        List<FeedEntry> entries = feed.after(agency, 0, 1000);
        assertThat(entries).extracting(FeedEntry::seq).containsExactlyElementsOf(LongStream.rangeClosed(1, 40).boxed()
                .toList());
        assertThat(entries).extracting(FeedEntry::clue).doesNotHaveDuplicates().hasSize(40);
        assertThat(feed.after(agency, 38, 10)).extracting(FeedEntry::seq).containsExactly(39L, 40L);
    }
}
