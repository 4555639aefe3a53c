package cn.procuratorate.wages.outreach.suggestions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A procuratorial suggestion as stored: what it says, where it stands ({@link SuggestionProgress}, decided by
 * {@link SuggestionWorkflow}), and the timeline of every change. A few copies of the progress ({@code stage},
 * {@code replyDueOn}, {@code awaitingReply}, {@code escalated}) are kept for the lists to filter and sort on. One
 * document per suggestion, so every change is one atomic, version-checked write.
 */
@Document(Suggestion.COLLECTION)
public class Suggestion {

    public static final String COLLECTION = "suggestions";
    static final String CREATION_KEY = "creationKey";

    @Id
    private String id;
    /** The procuratorate (6-digit code) that makes the suggestion: its staff, and only they, see it. */
    private String unit;
    private SuggestionContent content;
    private SuggestionProgress progress;
    private SuggestionStage stage;
    private LocalDate replyDueOn;
    private boolean awaitingReply;
    private boolean escalated;
    /** {@code unit:Idempotency-Key} of the call that drafted it, unique; null when drafted without one. */
    private String creationKey;
    /** A hash of what that call asked for, so the same key with another draft is recognised. */
    private String creationFingerprint;
    private List<TimelineEntry> timeline = new ArrayList<>();
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected Suggestion() {
    }

    Suggestion(String unit, SuggestionContent content, SuggestionProgress progress, String creationKey,
            String creationFingerprint, TimelineEntry drafted) {
        this.unit = unit;
        this.content = content;
        this.creationKey = creationKey;
        this.creationFingerprint = creationFingerprint;
        this.createdBy = drafted.actor();
        this.createdAt = drafted.at();
        moveTo(progress);
        record(drafted);
    }

    void edit(SuggestionContent newContent) {
        this.content = newContent;
    }

    void moveTo(SuggestionProgress newProgress) {
        this.progress = newProgress;
        this.stage = newProgress.stage();
        this.replyDueOn = newProgress.replyDueOn();
        this.awaitingReply = newProgress.awaitingReply();
        this.escalated = newProgress.escalated();
    }

    void record(TimelineEntry entry) {
        timeline.add(entry);
        updatedAt = entry.at();
    }

    public String id() {
        return id;
    }

    public String unit() {
        return unit;
    }

    public SuggestionContent content() {
        return content;
    }

    public SuggestionProgress progress() {
        return progress;
    }

    String creationFingerprint() {
        return creationFingerprint;
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Long version() {
        return version;
    }
}
