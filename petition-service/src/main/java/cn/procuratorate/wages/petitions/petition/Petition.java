package cn.procuratorate.wages.petitions.petition;

import cn.procuratorate.wages.common.privacy.Sealed;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A petition as stored. The platform issue keeps it to intake and the link to a case; the identity issue adds the
 * petitioner's resident ID number and phone, only ever stored sealed (ciphertext and look-up hash, never in plain
 * text); the petition issue adds replies and their deadlines, and routing.
 */
@Document(Petition.COLLECTION)
public class Petition {

    static final String COLLECTION = "petitions";
    /**
     * What each sealed field is bound to (the AEAD associated data): a ciphertext copied into another field or
     * collection does not open there.
     */
    static final String RESIDENT_ID_CONTEXT = "petitions.petitionerResidentId";
    static final String PHONE_CONTEXT = "petitions.petitionerPhone";
    /** The stored field that look-ups by resident ID number query (a hash, never the number). */
    static final String RESIDENT_ID_HASH = "petitionerResidentId.hash";

    @Id
    private String id;
    private Channel channel;
    /** The procuratorate (6-digit code) that received it: its staff, and only they, see it. */
    private String unit;
    private String petitionerName;
    private Sealed petitionerResidentId;
    private Sealed petitionerPhone;
    private String summary;
    private String regionCode;
    private String linkedCaseId;
    private Instant receivedAt;
    @Version
    private Long version;

    protected Petition() {
    }

    Petition(Channel channel, String unit, String petitionerName, Sealed petitionerResidentId, Sealed petitionerPhone,
            String summary, String regionCode, String linkedCaseId, Instant receivedAt) {
        this.channel = channel;
        this.unit = unit;
        this.petitionerName = petitionerName;
        this.petitionerResidentId = petitionerResidentId;
        this.petitionerPhone = petitionerPhone;
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

    /** Sealed; {@code null} when the petitioner gave none. */
    public Sealed petitionerResidentId() {
        return petitionerResidentId;
    }

    /** Sealed; {@code null} when the petitioner gave none. */
    public Sealed petitionerPhone() {
        return petitionerPhone;
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
