package cn.procuratorate.wages.outreach.campaign;

import cn.procuratorate.wages.outreach.materials.Audience;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A legal publicity campaign (普法宣传), as stored. The outreach issue adds venue, partner agencies, people reached
 * and materials.
 */
@Document(Campaign.COLLECTION)
public class Campaign {

    static final String COLLECTION = "campaigns";

    @Id
    private String id;
    private String title;
    private Audience audience;
    private String regionCode;
    private LocalDate startsOn;
    private Instant createdAt;
    @Version
    private Long version;

    protected Campaign() {
    }

    Campaign(String title, Audience audience, String regionCode, LocalDate startsOn, Instant createdAt) {
        this.title = title;
        this.audience = audience;
        this.regionCode = regionCode;
        this.startsOn = startsOn;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public Audience audience() {
        return audience;
    }

    public String regionCode() {
        return regionCode;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long version() {
        return version;
    }
}
