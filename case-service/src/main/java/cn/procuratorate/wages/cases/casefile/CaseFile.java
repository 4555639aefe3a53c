package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.cases.recovery.Payment;
import cn.procuratorate.wages.cases.recovery.RecoveryLedger;
import cn.procuratorate.wages.cases.recovery.WorkerClaim;
import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.cases.workflow.Stage;
import cn.procuratorate.wages.cases.workflow.WorkflowState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A case as stored: its parties, where it stands in its workflow, the wages recovered, and the timeline of every
 * change. The rules live in plain classes ({@code workflow}, {@code recovery}); this document only holds their state
 * and a few copies of it ({@code stage}, {@code dueOn}, {@code handlerId}, totals) that lists filter and sort on.
 * One document per case, so every change is one atomic, version-checked write.
 */
@Document(CaseFile.COLLECTION)
public class CaseFile {

    public static final String COLLECTION = "case_files";
    static final String UNIT = "unit";
    static final String CASE_NUMBER = "caseNumber";
    static final String NUMBER_YEAR = "numberYear";
    static final String NUMBER_SEQUENCE = "numberSequence";
    static final String SOURCE_KEY = "sourceKey";

    @Id
    private String id;
    private String caseNumber;
    private int numberYear;
    private int numberSequence;
    /** The procuratorate (6-digit code) the case belongs to: its staff, and only they, see it. */
    private String unit;
    private CaseType type;
    private String title;
    private String regionCode;
    private String industryCode;
    private Employer employer;
    private Project project;
    private List<Worker> workers = new ArrayList<>();
    private CaseSource source;
    /** {@code kind:id} of the source, unique: the same petition or clue never opens a second case. */
    private String sourceKey;
    private WorkflowState workflow;
    private Stage stage;
    private LocalDate dueOn;
    private String handlerId;
    private boolean open;
    private List<PaymentEntry> payments = new ArrayList<>();
    private long owedFen;
    private long recoveredFen;
    private CrimeFacts crimeFacts;
    /** Resident-ID hashes of the project's real-name roster (保障农民工工资支付条例 art. 28), when one was given. */
    private List<String> rosterHashes;
    private Integer riskScore;
    private String riskLevel;
    private List<String> riskCodes;
    private List<TimelineEntry> timeline = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    protected CaseFile() {
    }

    CaseFile(CaseNumber number, CaseType type, String title, String regionCode, String industryCode, Employer employer,
            Project project, List<Worker> workers, CaseSource source, WorkflowState workflow, TimelineEntry registered) {
        this.caseNumber = number.text();
        this.numberYear = number.year();
        this.numberSequence = number.sequence();
        this.unit = number.unit();
        this.type = type;
        this.source = source;
        this.sourceKey = source == null || source.id() == null ? null : source.kind() + ":" + source.id();
        this.createdAt = registered.at();
        describe(title, regionCode, industryCode, employer, project, workers);
        moveTo(workflow);
        record(registered);
    }

    /** Replaces the descriptive part; the caller has checked that no worker with payments is dropped. */
    void describe(String title, String regionCode, String industryCode, Employer employer, Project project,
            List<Worker> workers) {
        this.title = title;
        this.regionCode = regionCode;
        this.industryCode = industryCode;
        this.employer = employer;
        this.project = project;
        this.workers = new ArrayList<>(workers);
        refreshTotals();
    }

    void moveTo(WorkflowState state) {
        this.workflow = state;
        this.stage = state.stage();
        this.dueOn = state.dueOn();
        this.handlerId = state.handlerId();
        this.open = !state.isClosed();
    }

    void addPayment(PaymentEntry payment) {
        payments.add(payment);
        refreshTotals();
    }

    void establish(CrimeFacts facts) {
        this.crimeFacts = facts;
    }

    void roster(List<String> residentIdHashes) {
        this.rosterHashes = List.copyOf(residentIdHashes);
    }

    void record(TimelineEntry entry) {
        timeline.add(entry);
        updatedAt = entry.at();
    }

    /** The wages owed and recovered, as the recovery rules see them. */
    public RecoveryLedger ledger() {
        List<WorkerClaim> claims = workers.stream()
                .map(worker -> new WorkerClaim(worker.id(), Fen.toYuan(worker.amountOwedFen()))).toList();
        List<Payment> paid = payments.stream()
                .map(p -> new Payment(p.workerId(), Fen.toYuan(p.amountFen()), p.paidOn(), p.channel())).toList();
        return new RecoveryLedger(claims, paid);
    }

    private void refreshTotals() {
        owedFen = workers.stream().mapToLong(Worker::amountOwedFen).sum();
        recoveredFen = payments.stream().mapToLong(PaymentEntry::amountFen).sum();
    }

    public String id() {
        return id;
    }

    public String caseNumber() {
        return caseNumber;
    }

    public String unit() {
        return unit;
    }

    public CaseType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String regionCode() {
        return regionCode;
    }

    public String industryCode() {
        return industryCode;
    }

    public Employer employer() {
        return employer;
    }

    public Project project() {
        return project;
    }

    public List<Worker> workers() {
        return List.copyOf(workers);
    }

    public CaseSource source() {
        return source;
    }

    public WorkflowState workflow() {
        return workflow;
    }

    public boolean isOpen() {
        return open;
    }

    public List<PaymentEntry> payments() {
        return List.copyOf(payments);
    }

    public long owedFen() {
        return owedFen;
    }

    public long recoveredFen() {
        return recoveredFen;
    }

    public CrimeFacts crimeFacts() {
        return crimeFacts == null ? CrimeFacts.NONE : crimeFacts;
    }

    public Optional<List<String>> rosterHashes() {
        return Optional.ofNullable(rosterHashes);
    }

    public Integer riskScore() {
        return riskScore;
    }

    public String riskLevel() {
        return riskLevel;
    }

    public List<String> riskCodes() {
        return riskCodes == null ? List.of() : riskCodes;
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
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
