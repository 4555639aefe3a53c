package cn.procuratorate.wages.petitions.petition;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A petition as stored. The platform issue keeps it to intake and the link to a case; the petition issue adds
 * the petitioner's identity, replies and their deadlines, and routing.
 */
@Document(Petition.COLLECTION)
public class Petition {

    static final String COLLECTION = "petitions";

    @Id
    private String id;
    private Channel channel;
    /** The procuratorate (6-digit code) that received it: its staff, and only they, see it. */
    private String unit;
    private String petitionerName;
    private String summary;
    private String regionCode;
    private String linkedCaseId;
    private Instant receivedAt;
    @Version
    private Long version;

    protected Petition() {
    }

    Petition(Channel channel, String unit, String petitionerName, String summary, String regionCode,
            String linkedCaseId, Instant receivedAt) {
        this.channel = channel;
        this.unit = unit;
        this.petitionerName = petitionerName;
        this.summary = summary;
        this.regionCode = regionCode;
        this.linkedCaseId = linkedCaseId;
        this.receivedAt = receivedAt;
    }

    public String id() {
        return id;
    }

    public Channel channel() {
        return channel;
    }

    public String unit() {
        return unit;
    }

    public String petitionerName() {
        return petitionerName;
    }

    public String summary() {
        return summary;
    }

    public String regionCode() {
        return regionCode;
    }

    public String linkedCaseId() {
        return linkedCaseId;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Long version() {
        return version;
    }
}
