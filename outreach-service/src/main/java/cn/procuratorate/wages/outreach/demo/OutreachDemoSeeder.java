package cn.procuratorate.wages.outreach.demo;

import cn.procuratorate.wages.outreach.campaign.Campaign;
import cn.procuratorate.wages.outreach.campaign.Campaigns;
import cn.procuratorate.wages.outreach.materials.Material;
import cn.procuratorate.wages.outreach.materials.Materials;
import cn.procuratorate.wages.outreach.suggestions.Suggestion;
import cn.procuratorate.wages.outreach.suggestions.Suggestions;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dev profile only: publicity materials, campaigns and procuratorial suggestions for the local run, so the dev users
 * of unit 110105 see every stage at once and the public pages have something to show. Written only while there is no
 * material, campaign or suggestion at all, so a restart adds nothing; switched off with
 * {@code outreach.demo.enabled=false}. The same day gives the same records (another day: the same, dates moved).
 */
@Component
@Profile("dev")
@ConditionalOnBooleanProperty(name = "outreach.demo.enabled", matchIfMissing = true)
class OutreachDemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(OutreachDemoSeeder.class);

    /** How many records of each kind were written. */
    record Seeded(int materials, int campaigns, int suggestions) {
    }

    private final MongoTemplate mongo;
    private final Materials materials;
    private final Campaigns campaigns;
    private final Suggestions suggestions;
    private final JsonMapper json;

    OutreachDemoSeeder(MongoTemplate mongo, Materials materials, Campaigns campaigns, Suggestions suggestions,
            JsonMapper json) {
        this.mongo = mongo;
        this.materials = materials;
        this.campaigns = campaigns;
        this.suggestions = suggestions;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedOnStartUp() {
        try {
            seed();
        } catch (RuntimeException e) {
            // Demo data is no reason to stop the service; the class alone, as messages might quote a document.
            log.warn("Outreach demo data not seeded (delete data/ to start again): {}", e.getClass().getSimpleName());
        }
    }

    /** Writes the demo records if the service has none yet; answers what it wrote (nothing otherwise). */
    Seeded seed() {
        boolean empty = Stream.of(Material.class, Campaign.class, Suggestion.class)
                .noneMatch(type -> mongo.exists(new Query(), type));
        if (!empty) {
            log.info("Outreach demo data: none seeded, there are records already");
            return new Seeded(0, 0, 0);
        }
        Seeded seeded = write();
        log.info("Outreach demo data seeded: {}", seeded);
        return seeded;
    }

    /** Writes the demo records through the same rules as any request, whatever is there already. */
    Seeded write() {
        LocalDate today = suggestions.today();
        Map<String, String> materialIds = new DemoMaterials(materials, json).write();
        int campaignCount = new DemoCampaigns(campaigns, today).write(materialIds);
        int suggestionCount = new DemoSuggestions(suggestions, today).write();
        return new Seeded(materialIds.size(), campaignCount, suggestionCount);
    }
}
