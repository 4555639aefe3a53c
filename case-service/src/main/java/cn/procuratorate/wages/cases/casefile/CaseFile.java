package cn.procuratorate.wages.cases.casefile;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A registered case, as stored. The platform issue keeps it to what routing and statistics need first
 * (title, region, where it came from); the case issue grows it into the full aggregate with its workflows.
 */
@Document(CaseFile.COLLECTION)
public class CaseFile {

    static final String COLLECTION = "case_files";

    @Id
    private String id;
    private String title;
    /** The procuratorate (6-digit code) the case belongs to: its staff, and only they, see it. */
    private String unit;
    private String regionCode;
    private String sourcePetitionId;
    private Instant createdAt;
    @Version
    private Long version;

    protected CaseFile() {
    }

    CaseFile(String title, String unit, String regionCode, String sourcePetitionId, Instant createdAt) {
        this.title = title;
        this.unit = unit;
        this.regionCode = regionCode;
        this.sourcePetitionId = sourcePetitionId;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String unit() {
        return unit;
    }

    public String regionCode() {
        return regionCode;
    }

    public String sourcePetitionId() {
        return sourcePetitionId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long version() {
        return version;
    }
}
