package cn.procuratorate.wages.outreach.campaign;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A legal publicity campaign (普法宣传) of a unit, as stored. */
@Document(Campaign.COLLECTION)
public class Campaign {

    public static final String COLLECTION = "campaigns";

    @Id
    private String id;
    /** The procuratorate that ran it: its staff, and only they, see it. */
    private String unit;
    private CampaignDetails details;
    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private Long version;

    protected Campaign() {
    }

    Campaign(String unit, CampaignDetails details, String by, Instant at) {
        this.unit = unit;
        this.createdBy = by;
        this.createdAt = at;
        describe(details, by, at);
    }

    void describe(CampaignDetails newDetails, String by, Instant at) {
        this.details = newDetails;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    public String id() {
        return id;
    }

    public String unit() {
        return unit;
    }

    public CampaignDetails details() {
        return details;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Long version() {
        return version;
    }
}
