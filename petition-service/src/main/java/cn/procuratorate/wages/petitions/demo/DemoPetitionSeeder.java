package cn.procuratorate.wages.petitions.demo;

import cn.procuratorate.wages.petitions.petition.Channel;
import cn.procuratorate.wages.petitions.petition.Petition;
import cn.procuratorate.wages.petitions.petition.PetitionIntake;
import cn.procuratorate.wages.petitions.petition.PetitionStage;
import cn.procuratorate.wages.petitions.petition.PetitionerIdentity;
import cn.procuratorate.wages.petitions.petition.Petitions;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Dev profile only: about 150 synthetic petitions for the local run, so that the dev users find a desk at work
 * (every channel and stage, replies overdue and falling due, priorities, proposed duplicates, groups). Written only
 * into an empty petition collection, so a restart adds nothing; switched off with {@code petitions.demo.enabled=false}.
 * One instance seeds: two starting at once on an empty database would both seed (the local run starts one).
 * Nothing is routed into a case: case-service's own demo data is separate.
 */
@Component
@Profile("dev")
@ConditionalOnBooleanProperty(name = "petitions.demo.enabled", matchIfMissing = true)
class DemoPetitionSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoPetitionSeeder.class);

    private final MongoTemplate mongo;
    private final PetitionIntake intake;
    private final Petitions petitions;
    private final PetitionerIdentity identity;
    private final Clock clock;

    DemoPetitionSeeder(MongoTemplate mongo, PetitionIntake intake, Petitions petitions, PetitionerIdentity identity,
            Clock clock) {
        this.mongo = mongo;
        this.intake = intake;
        this.petitions = petitions;
        this.identity = identity;
        this.clock = clock;
    }

    /** Before the service reports ready, so the petitions are there when the local run says everything answers. */
    @EventListener(ApplicationReadyEvent.class)
    void seedOnStartUp() {
        try {
            seed();
        } catch (RuntimeException e) {
            // Demo data is no reason to stop the service; the class alone, as a message might quote a document.
            log.warn("Demo petitions not seeded (delete data/ to start again): {}", e.getClass().getSimpleName());
        }
    }

    /** Seeds the demo petitions if there is no petition yet; returns how many it wrote. */
    int seed() {
        if (mongo.exists(new Query(), Petition.class)) {
            log.info("Demo petitions: none seeded, there are petitions already");
            return 0;
        }
        long started = System.nanoTime();
        List<Petition> written = new DemoPetitionWriter(intake, petitions, identity)
                .write(new DemoPetitionPlanner(DemoPetitionPlanner.SEED, clock.instant()).plan());
        Map<Channel, Integer> perChannel = new EnumMap<>(Channel.class);
        Map<PetitionStage, Integer> perStage = new EnumMap<>(PetitionStage.class);
        for (Petition petition : written) {
            perChannel.merge(petition.channel(), 1, Integer::sum);
            perStage.merge(petition.stage(), 1, Integer::sum);
        }
        log.info("Demo petitions: {} seeded in {} ms, per channel {}, per stage {}", written.size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), perChannel, perStage);
        return written.size();
    }
}
