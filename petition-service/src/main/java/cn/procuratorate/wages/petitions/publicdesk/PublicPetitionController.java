package cn.procuratorate.wages.petitions.publicdesk;

import cn.procuratorate.wages.common.privacy.PersonalText;
import cn.procuratorate.wages.common.privacy.Phone;
import cn.procuratorate.wages.common.privacy.PhoneNumber;
import cn.procuratorate.wages.common.privacy.ResidentId;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.petitions.petition.Channel;
import cn.procuratorate.wages.petitions.petition.Petition;
import cn.procuratorate.wages.petitions.petition.WageClaim;
import cn.procuratorate.wages.petitions.petition.Reply;
import cn.procuratorate.wages.petitions.petition.ReplyKind;
import cn.procuratorate.wages.petitions.petition.Routing;
import cn.procuratorate.wages.petitions.petition.RoutingState;
import java.util.Optional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public petition desk: no token (platform-common permits {@code /api/public/**}; the gateway rate-limits it).
 * Answers carry no personal data and no internal ids, and are not cached anywhere ({@code no-store}): the first one
 * holds the query code, which works like a password.
 */
@RestController
@RequestMapping("/api/public/petitions")
@Tag(name = "public petitions", description = "Submit a petition online and follow its progress, without an account")
class PublicPetitionController {

    /** Due dates are calendar days of the procuratorate receiving it, whatever the server's time zone. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final PublicDesk desk;
    private final MessageSource messages;
    private final Clock clock;

    PublicPetitionController(PublicDesk desk, MessageSource messages, Clock clock) {
        this.desk = desk;
        this.messages = messages;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Submit a petition about unpaid wages",
            description = "201 with the query code, shown only this once. Repeated with the same Idempotency-Key: "
                    + "200 with the same petition's dates, queryCode null and queryCodeAlreadyIssued true; nothing "
                    + "new is created (only the code's hash is stored, so it cannot be shown again). The same key with "
                    + "another body: 422, nothing created.")
    ResponseEntity<Receipt> submit(@Valid @RequestBody OnlinePetition request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        // Checked here, not by constraints on the parameter: those would turn the body's field errors into errors
        // of a parameter named "request".
        if (idempotencyKey != null && !idempotencyKey.matches("[\\x21-\\x7E]{1,100}")) {
            throw new ApiException(ProblemKind.VALIDATION, "publicdesk.detail.bad-idempotency-key");
        }
        PublicDesk.Submission submission = desk.submit(request.petitionerName().strip(),
                PhoneNumber.of(request.phone().text()),
                request.residentId() == null ? null
                        : ResidentIdNumber.of(request.residentId().text(), ResidentIdNumber.today(clock)),
                request.regionCode(), request.wageClaim(), request.summary().strip(), idempotencyKey);
        boolean issuedNow = submission.queryCode() != null;
        Petition petition = submission.petition();
        Receipt receipt = new Receipt(submission.queryCode(), !issuedNow,
                text(issuedNow ? "publicdesk.notice.code-issued" : "publicdesk.notice.code-already-issued"),
                petition.receivedAt(), petition.proceduralReplyDue(), petition.resultReplyDue());
        return ResponseEntity.status(issuedNow ? HttpStatus.CREATED : HttpStatus.OK)
                .cacheControl(CacheControl.noStore()).body(receipt);
    }

    @GetMapping("/{queryCode}")
    @Operation(summary = "Progress of a petition, by its query code and the last 4 digits of the petitioner's phone",
            description = "Any mismatch, or a code that cannot be one, is the same 404.")
    ResponseEntity<Progress> progress(@PathVariable String queryCode,
            @RequestParam(required = false) String phoneLast4) {
        Petition petition = desk.find(queryCode, phoneLast4)
                .orElseThrow(() -> new ApiException(ProblemKind.NOT_FOUND, "publicdesk.detail.not-found"));
        // The stage, the dates and the replies' own texts; never anyone's personal data, nor internal ids.
        Routing routing = petition.routing();
        String caseNumber = routing != null && routing.state() == RoutingState.DELIVERED ? routing.caseNumber() : null;
        Progress progress = new Progress(petition.stage().name(), text("publicdesk.status." + petition.stage()),
                petition.channel(), text("publicdesk.channel." + petition.channel()), petition.receivedAt(),
                replyProgress(ReplyKind.PROCEDURAL, petition.proceduralReplyDue(), petition),
                replyProgress(ReplyKind.RESULT, petition.resultReplyDue(), petition), caseNumber);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(progress);
    }

    private ReplyProgress replyProgress(ReplyKind kind, LocalDate due, Petition petition) {
        Optional<Reply> sent = petition.replies().stream().filter(reply -> reply.kind() == kind).findFirst();
        String state = sent.isPresent() ? "SENT" : "PENDING";
        return new ReplyProgress(due, state, text("publicdesk.reply." + state), sent.map(Reply::sentOn).orElse(null),
                sent.map(Reply::text).orElse(null));
    }

    private String text(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }

    /** Phone and ID number are {@link PersonalText}, so Spring's debug lines cannot print them. */
    record OnlinePetition(
            @NotBlank @Size(max = 100) String petitionerName,
            @Schema(type = "string", description = "required: with the query code it opens the progress look-up",
                    example = "138 1234 5678")
            @NotNull @Phone PersonalText phone,
            @Schema(type = "string", description = "resident ID number (居民身份证号码), optional",
                    example = "11010519491231002X")
            @ResidentId PersonalText residentId,
            @Schema(description = "county-level region (GB/T 2260) whose procuratorate receives it", example = "110105")
            @NotBlank @Pattern(regexp = "\\d{6}") String regionCode,
            @NotBlank @Size(max = 200) String employerName,
            @Schema(description = "yuan, at most 2 decimals, optional", example = "12800.50")
            @Pattern(regexp = "\\d{1,11}(\\.\\d{1,2})?") String amountOwed,
            @Min(1) @Max(600) Integer monthsOwed,
            @Min(1) @Max(100000) Integer workersAffected,
            @NotBlank @Size(max = 4000) String summary) {

        WageClaim wageClaim() {
            Long fen = amountOwed == null ? null : new BigDecimal(amountOwed).movePointRight(2).longValueExact();
            return new WageClaim(employerName.strip(), fen, monthsOwed, workersAffected);
        }
    }

    /** {@code queryCode}: only in the first answer; {@code null} with {@code queryCodeAlreadyIssued} after. */
    record Receipt(String queryCode, boolean queryCodeAlreadyIssued, String notice, Instant receivedAt,
            LocalDate proceduralReplyDue, LocalDate resultReplyDue) {
    }

    /** {@code caseNumber}: once the petition was routed into a case and case-service confirmed it. */
    record Progress(String status, String statusText, Channel channel, String channelText, Instant receivedAt,
            ReplyProgress proceduralReply, ReplyProgress resultReply, String caseNumber) {
    }

    /** {@code text}: the reply as it was sent, once it was. */
    record ReplyProgress(LocalDate due, String state, String stateText, LocalDate sentOn, String text) {
    }
}
