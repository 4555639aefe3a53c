package cn.procuratorate.wages.cases.demo;

import cn.procuratorate.wages.cases.casefile.CaseFile;
import cn.procuratorate.wages.cases.casefile.Cases;
import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.cases.workflow.Workflows;
import java.time.Clock;
import java.time.LocalDate;
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
 * Dev profile only: a few hundred synthetic cases for the local run, so that the dev users see lists, deadlines and
 * recoveries at once. Written only into an empty case collection, so a restart adds nothing; switched off with
 * {@code cases.demo.enabled=false}. One instance seeds: two starting at once on an empty database would both seed
 * (the local run starts one).
 */
@Component
@Profile("dev")
@ConditionalOnBooleanProperty(name = "cases.demo.enabled", matchIfMissing = true)
class DemoCaseSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoCaseSeeder.class);

    private final MongoTemplate mongo;
    private final Cases cases;
    private final Workflows workflows;
    private final Clock clock;

    DemoCaseSeeder(MongoTemplate mongo, Cases cases, Workflows workflows, Clock clock) {
        this.mongo = mongo;
        this.cases = cases;
        this.workflows = workflows;
        this.clock = clock;
    }

    /** Once started, before the readiness probe turns to accepting traffic (which follows this event). */
    @EventListener(ApplicationReadyEvent.class)
    void seedOnStartUp() {
        try {
            seed();
        } catch (RuntimeException e) {
            // Demo data is no reason to stop the service; the class alone, as messages might quote a document.
            log.warn("Demo cases: seeding failed ({}); a later start seeds only into an empty case collection",
                    e.getClass().getSimpleName());
        }
    }

    /** Seeds the demo cases if there is no case yet; returns how many it wrote. */
    int seed() {
        if (mongo.exists(new Query(), CaseFile.class)) {
            log.info("Demo cases: none seeded, there are cases already");
            return 0;
        }
        long started = System.nanoTime();
        List<PlannedCase> plans = new DemoCasePlanner(DemoCasePlanner.SEED, LocalDate.now(clock.withZone(Cases.CHINA)),
                workflows.limits()).plan();
        DemoCaseWriter writer = new DemoCaseWriter(cases);
        Map<CaseType, Integer> perType = new EnumMap<>(CaseType.class);
        for (PlannedCase plan : plans) {
            writer.write(plan);
            perType.merge(plan.type(), 1, Integer::sum);
        }
        log.info("Demo cases: {} seeded in {} ms, per type {}", plans.size(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), perType);
        return plans.size();
    }
}
