package cn.procuratorate.wages.outreach.campaign;

import cn.procuratorate.wages.outreach.materials.Audience;
import java.time.LocalDate;
import java.util.List;

/**
 * What a legal publicity campaign was: replaced as a whole by an update (e.g. to record the people reached once it
 * is over). Optional parts are null or empty until known.
 *
 * @param industryCode  GB/T 4754-2017, when the campaign aimed at one industry (E48 civil engineering...)
 * @param endsOn        the last day, for a campaign of several days
 * @param peopleReached how many people it reached, once counted
 * @param materialIds   the publicity materials it used (this service's)
 */
public record CampaignDetails(String title, Audience audience, String industryCode, String regionCode,
        LocalDate startsOn, LocalDate endsOn, Venue venue, List<PartnerAgency> partnerAgencies,
        Integer peopleReached, List<String> materialIds, String summary) {

    public CampaignDetails {
        partnerAgencies = partnerAgencies == null ? List.of() : List.copyOf(partnerAgencies);
        materialIds = materialIds == null ? List.of() : List.copyOf(materialIds);
    }
}
