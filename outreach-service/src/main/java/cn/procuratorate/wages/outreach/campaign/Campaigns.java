package cn.procuratorate.wages.outreach.campaign;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.UnitScope;
import cn.procuratorate.wages.outreach.materials.Materials;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Recording legal publicity campaigns: the details are checked (period in order, materials the unit may use) and
 * every update names the version it was based on.
 */
@Service
public class Campaigns {

    private final CampaignStore store;
    private final Materials materials;
    private final Clock clock;

    Campaigns(CampaignStore store, Materials materials, Clock clock) {
        this.store = store;
        this.materials = materials;
        this.clock = clock;
    }

    /** A campaign of the caller's unit. */
    public Campaign record(CampaignDetails details, Caller caller) {
        String unit = UnitScope.forWrite(caller, null);
        check(details, unit);
        return store.insert(new Campaign(unit, details, caller.subject(), Instant.now(clock)));
    }

    public Campaign find(String id, Caller caller) {
        return store.find(id, UnitScope.readable(caller)).orElseThrow(() -> new NotFoundException("campaign", id));
    }

    public Campaign describe(String id, long expectedVersion, CampaignDetails details, Caller caller) {
        Campaign campaign = find(id, caller);
        if (campaign.version() == null || campaign.version() != expectedVersion) {
            throw new ApiException(ProblemKind.CONFLICT, "problem.detail.stale-version")
                    .with("currentVersion", campaign.version());
        }
        check(details, campaign.unit());
        campaign.describe(details, caller.subject(), Instant.now(clock));
        return store.save(campaign);
    }

    private void check(CampaignDetails details, String unit) {
        if (details.endsOn() != null && details.endsOn().isBefore(details.startsOn())) {
            throw new ApiException(ProblemKind.RULE_VIOLATION, "campaign.detail.ends-before-start",
                    details.endsOn().toString(), details.startsOn().toString())
                    .with("rule", "campaign.ends-before-start");
        }
        // A material of another unit is used only once published: its drafts are that unit's business.
        List<String> unknown = materials.unusable(details.materialIds(), unit);
        if (!unknown.isEmpty()) {
            throw new ApiException(ProblemKind.RULE_VIOLATION, "campaign.detail.unknown-materials",
                    String.join(", ", unknown)).with("rule", "campaign.unknown-materials").with("materialIds", unknown);
        }
    }
}
