package cn.procuratorate.wages.outreach.exchange.clue;

import cn.procuratorate.wages.outreach.exchange.clue.ClueSender.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The scheduled work of the exchange, every {@code outreach.exchange.interval}: delivering the due clues one by one,
 * oldest first, until none is left or petition-service stops answering; and following their petitions. Every instance
 * runs it; the leases keep them apart.
 */
@Component
@ConditionalOnProperty(name = "outreach.exchange.scheduled", havingValue = "true", matchIfMissing = true)
class ClueSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ClueSchedule.class);

    private final ClueSender sender;
    private final ClueFollowUp followUp;
    private final ExchangeProperties properties;

    ClueSchedule(ClueSender sender, ClueFollowUp followUp, ExchangeProperties properties) {
        this.sender = sender;
        this.followUp = followUp;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar tasks) {
        tasks.addFixedDelayTask(new FixedDelayTask(this::deliver, properties.interval(), properties.interval()));
        tasks.addFixedDelayTask(new FixedDelayTask(this::followUp, properties.interval(), properties.interval()));
    }

    void deliver() {
        try {
            for (int i = 0; i < properties.maxPerRun(); i++) {
                Outcome outcome = sender.deliverNext();
                // After a failed attempt petition-service is most likely down: the others keep their turn (and their
                // attempt count) for the next run instead of each failing now.
                if (outcome == Outcome.NOTHING_CLAIMED || outcome == Outcome.RETRY_LATER) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // The database, most likely; a claim taken before it failed is free again when its lease ends.
            log.warn("Clue sender run stopped: {}", e.getClass().getSimpleName());
        }
    }

    void followUp() {
        try {
            // Batch after batch while full ones come, at most as many as deliveries per run.
            boolean more = true;
            for (int batch = 0; more && batch < properties.maxPerRun(); batch++) {
                more = followUp.followUp() == properties.followUpBatch();
            }
        } catch (RuntimeException e) {
            log.warn("Clue follow-up run stopped: {}", e.getClass().getSimpleName());
        }
    }
}
