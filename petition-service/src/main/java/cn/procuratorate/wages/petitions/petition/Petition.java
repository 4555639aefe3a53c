package cn.procuratorate.wages.petitions.petition;

import cn.procuratorate.wages.common.privacy.Sealed;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    static final String QUERY_CODE_HASH = "queryCodeHash";
    static final String IDEMPOTENCY_KEY_HASH = "idempotencyKeyHash";
    /** The stored field that identifies a referred clue (unique where present). */
    public static final String REFERRAL_KEY = "referralKey";

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
    /** Only for petitions that came with wage details (online ones); {@code null} otherwise. */
    private WageClaim wageClaim;
    /**
     * SHA-256 of the public query code of an online petition. The code itself is never stored: it is shown once, to
     * the petitioner, and whoever reads the database cannot use it to look the petition up.
     */
    private String queryCodeHash;
    /** SHA-256 of the client's Idempotency-Key, so a retried online submission finds the petition it created. */
    private String idempotencyKeyHash;
    /**
     * Keyed hash of what the submission said, so that a retry with the same Idempotency-Key but another body is
     * told apart from a true retry (it holds personal data, hence keyed, not a plain digest).
     */
    private String submissionFingerprint;
    /**
     * {@code <agency>/<clue id>} of a clue a partner agency referred: one petition per clue, however often it is
     * delivered.
     */
    private String referralKey;
    private String employerCreditCode;
    private String projectName;
    private String industryCode;
    /** What the petitioner asks for (诉求); {@code summary} holds the facts. */
    private String request;
    /** 集体访 / 集体信: the petitioner speaks for a group of workers ({@code wageClaim.workersAffected}). */
    private boolean group;
    private List<Attachment> attachments = new ArrayList<>();
    private PetitionStage stage = PetitionStage.RECEIVED;
    private LocalDate proceduralReplyDue;
    private LocalDate resultReplyDue;
    /** When each reply was sent; {@code null} while it is owed (the overdue lists query these). */
    private LocalDate proceduralReplySentOn;
    private LocalDate resultReplySentOn;
    private List<Reply> replies = new ArrayList<>();
    private Handling handling;
    private Routing routing;
    private String priorityLevel;
    private List<String> priorityReasons = new ArrayList<>();
    /** Sort key of the lists: urgent first (lower first). */
    private int priorityRank;
    private String proposedDuplicateOf;
    /** Petitions of different workers against one employer share it, so they are seen as one group. */
    private String groupKey;
    private String handlerClerk;
    private List<TimelineEntry> timeline = new ArrayList<>();
    @Version
    private Long version;

    protected Petition() {
    }

    /** A petition registered by staff; {@link PetitionIntake#register} completes and stores it. */
    public Petition(Channel channel, String unit, String petitionerName, Sealed petitionerResidentId,
            Sealed petitionerPhone, String summary, String regionCode, String linkedCaseId, Instant receivedAt) {
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

    /**
     * A petition a petitioner submitted on the public desk (channel {@link Channel#ONLINE}), without staff. The
     * phone is required there (it is the second factor of the public look-up), so it is never {@code null}.
     */
    public static Petition receivedOnline(String unit, String regionCode, String petitionerName,
            Sealed petitionerResidentId, Sealed petitionerPhone, WageClaim wageClaim, String summary,
            Instant receivedAt, String queryCodeHash, String idempotencyKeyHash, String submissionFingerprint) {
        Petition petition = new Petition(Channel.ONLINE, unit, petitionerName, petitionerResidentId,
                java.util.Objects.requireNonNull(petitionerPhone, "petitionerPhone"), summary, regionCode, null,
                receivedAt);
        petition.wageClaim = wageClaim;
        petition.queryCodeHash = java.util.Objects.requireNonNull(queryCodeHash, "queryCodeHash");
        petition.idempotencyKeyHash = idempotencyKeyHash;
        petition.submissionFingerprint = submissionFingerprint;
        return petition;
    }

    /**
     * A clue a partner agency referred (channel {@link Channel#PARTNER_REFERRAL}), delivered by outreach-service;
     * {@link PetitionIntake#register} completes and stores it.
     */
    public static Petition referred(String unit, String regionCode, String petitionerName,
            Sealed petitionerResidentId, Sealed petitionerPhone, String summary, Instant receivedAt,
            String referralKey) {
        Petition petition = new Petition(Channel.PARTNER_REFERRAL, unit, petitionerName, petitionerResidentId,
                petitionerPhone, summary, regionCode, null, receivedAt);
        petition.referralKey = java.util.Objects.requireNonNull(referralKey, "referralKey");
        return petition;
    }

    /** The parts of a petition that staff register beyond who and what (all optional). */
    public record Particulars(String employerCreditCode, String projectName, String industryCode, String request,
            boolean group, List<Attachment> attachments) {

        public static final Particulars NONE = new Particulars(null, null, null, null, false, List.of());
    }

    /** Sets what follows from the receipt: the reply due dates (China's calendar) and the first timeline entry. */
    public void received(LocalDate receivedOn, Particulars particulars, WageClaim claim, TimelineEntry entry) {
        this.employerCreditCode = particulars.employerCreditCode();
        this.projectName = particulars.projectName();
        this.industryCode = particulars.industryCode();
        this.request = particulars.request();
        this.group = particulars.group();
        this.attachments = new ArrayList<>(particulars.attachments());
        if (claim != null) {
            this.wageClaim = claim;
        }
        this.proceduralReplyDue = ReplyDeadlines.due(ReplyKind.PROCEDURAL, receivedOn);
        this.resultReplyDue = ReplyDeadlines.due(ReplyKind.RESULT, receivedOn);
        record(entry);
    }

    /** Before the first insert only: the intake names the petition to compare it with earlier ones. */
    void identify(String newId) {
        if (id != null) {
            throw new IllegalStateException("The petition has an id already");
        }
        this.id = newId;
    }

    public void prioritise(String level, List<String> reasons, int rank) {
        this.priorityLevel = level;
        this.priorityReasons = new ArrayList<>(reasons);
        this.priorityRank = rank;
    }

    public void relate(String proposedDuplicateOf, String groupKey) {
        this.proposedDuplicateOf = proposedDuplicateOf;
        this.groupKey = groupKey;
    }

    /** Records a reply and the stage it leads to ({@link PetitionWorkflow} has checked it is allowed). */
    void reply(Reply reply, PetitionStage next, TimelineEntry entry) {
        replies.add(reply);
        if (reply.kind() == ReplyKind.PROCEDURAL) {
            proceduralReplySentOn = reply.sentOn();
        } else {
            resultReplySentOn = reply.sentOn();
        }
        stage = next;
        record(entry);
    }

    void handle(Handling handling, Routing routing, TimelineEntry entry) {
        this.handling = handling;
        this.routing = routing;
        this.stage = PetitionStage.HANDLED;
        record(entry);
    }

    void close(TimelineEntry entry) {
        this.stage = PetitionStage.CLOSED;
        record(entry);
    }

    void assign(String clerk, TimelineEntry entry) {
        this.handlerClerk = clerk;
        record(entry);
    }

    void record(TimelineEntry entry) {
        timeline.add(entry);
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

    public WageClaim wageClaim() {
        return wageClaim;
    }

    public String queryCodeHash() {
        return queryCodeHash;
    }

    public String submissionFingerprint() {
        return submissionFingerprint;
    }

    public String idempotencyKeyHash() {
        return idempotencyKeyHash;
    }

    /** {@code null} unless a partner agency referred it. */
    public String referralKey() {
        return referralKey;
    }

    public String employerCreditCode() {
        return employerCreditCode;
    }

    public String projectName() {
        return projectName;
    }

    public String industryCode() {
        return industryCode;
    }

    public String request() {
        return request;
    }

    public boolean isGroup() {
        return group;
    }

    public List<Attachment> attachments() {
        return List.copyOf(attachments);
    }

    public PetitionStage stage() {
        return stage;
    }

    public LocalDate proceduralReplyDue() {
        return proceduralReplyDue;
    }

    public LocalDate resultReplyDue() {
        return resultReplyDue;
    }

    public LocalDate proceduralReplySentOn() {
        return proceduralReplySentOn;
    }

    public LocalDate resultReplySentOn() {
        return resultReplySentOn;
    }

    public List<Reply> replies() {
        return List.copyOf(replies);
    }

    public Handling handling() {
        return handling;
    }

    public Routing routing() {
        return routing;
    }

    public String priorityLevel() {
        return priorityLevel;
    }

    public List<String> priorityReasons() {
        return List.copyOf(priorityReasons);
    }

    public int priorityRank() {
        return priorityRank;
    }

    public String proposedDuplicateOf() {
        return proposedDuplicateOf;
    }

    public String groupKey() {
        return groupKey;
    }

    public String handlerClerk() {
        return handlerClerk;
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    public Long version() {
        return version;
    }
}
