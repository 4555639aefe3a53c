package cn.procuratorate.wages.petitions.routing;

import cn.procuratorate.wages.petitions.routing.RoutingSender.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The scheduled sender: every {@code petitions.routing.interval} it delivers the due routings one by one, oldest
 * first, until none is left or case-service stops answering. Every instance runs it; the leases keep them apart.
 */
@Component
@ConditionalOnProperty(name = "petitions.routing.scheduled", havingValue = "true", matchIfMissing = true)
class RoutingSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(RoutingSchedule.class);

    private final RoutingSender sender;
    private final RoutingProperties properties;

    RoutingSchedule(RoutingSender sender, RoutingProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::run, properties.interval(), properties.interval()));
    }

    void run() {
        try {
            for (int i = 0; i < properties.maxPerRun(); i++) {
                Outcome outcome = sender.deliverNext();
                // After a failed attempt case-service is most likely down: the others keep their turn (and their
                // attempt count) for the next run instead of each failing now.
                if (outcome == Outcome.NOTHING_CLAIMED || outcome == Outcome.RETRY_LATER) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // The database, most likely; a claim taken before it failed is free again when its lease ends.
            log.warn("Routing sender run stopped: {}", e.getClass().getSimpleName());
        }
    }
}
