package cn.procuratorate.wages.petitions.publicdesk;

import cn.procuratorate.wages.common.privacy.PhoneNumber;
import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.petitions.petition.Petition;
import cn.procuratorate.wages.petitions.petition.PetitionIntake;
import cn.procuratorate.wages.petitions.petition.PetitionStore;
import cn.procuratorate.wages.petitions.petition.PetitionerIdentity;
import cn.procuratorate.wages.petitions.petition.WageClaim;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Online submission by petitioners themselves, and their look-up of its progress, without an account. */
@Service
class PublicDesk {

    /** Who the timeline names for a submission nobody signed in for. */
    private static final Caller PUBLIC = new Caller("public", List.of(), null, null);

    private final PetitionStore store;
    private final PetitionIntake intake;
    private final PetitionerIdentity identity;
    private final Clock clock;

    PublicDesk(PetitionStore store, PetitionIntake intake, PetitionerIdentity identity, Clock clock) {
        this.store = store;
        this.intake = intake;
        this.identity = identity;
        this.clock = clock;
    }

    /** {@code queryCode} is {@code null} when the petition existed already (a repeated Idempotency-Key). */
    record Submission(Petition petition, String queryCode) {
    }

    /** Everything already validated; {@code regionCode} is a county-level GB/T 2260 code. */
    Submission submit(String petitionerName, PhoneNumber phone, ResidentIdNumber residentId, String regionCode,
            WageClaim claim, String summary, String idempotencyKey) {
        String keyHash = idempotencyKey == null ? null : QueryCode.sha256("idempotency-key:" + idempotencyKey);
        String submission = String.join("\u001f", petitionerName, phone.value(),
                residentId == null ? "" : residentId.value(), regionCode, String.valueOf(claim), summary);
        if (keyHash != null) {
            Optional<Petition> earlier = store.findByIdempotencyKeyHash(keyHash);
            if (earlier.isPresent()) {
                return repetition(earlier.get(), submission);
            }
        }
        String code = QueryCode.generate();
        // The unit is the procuratorate of the region the petitioner named. For now the region code is taken as the
        // unit code as it is (units are 6-digit codes too); routing to the competent unit, e.g. a city-level one or
        // a region whose code was retired, is the routing issue's work.
        Petition petition = Petition.receivedOnline(regionCode, regionCode, petitionerName,
                identity.seal(residentId), identity.seal(phone), claim, summary, receivedNow(),
                QueryCode.hash(code), keyHash, identity.fingerprint(submission));
        try {
            return new Submission(intake.register(petition, Petition.Particulars.NONE, claim, Set.of(), PUBLIC), code);
        } catch (DuplicateKeyException e) {
            // Two submissions with the same key at the same moment: the unique index let one in, this one answers
            // as a repetition of it.
            return Optional.ofNullable(keyHash).flatMap(store::findByIdempotencyKeyHash)
                    .map(earlier -> repetition(earlier, submission))
                    .orElseThrow(() -> e);
        }
    }

    /**
     * The answer to a key seen before: the earlier petition when this is a true retry; refused when the same key
     * comes with another body, which is a client's bug (a key reused for a new petition) that must not be silently
     * answered with someone else's receipt, nor create a second petition under a key promised to be unique.
     */
    private Submission repetition(Petition earlier, String submission) {
        if (!identity.matchesFingerprint(earlier.submissionFingerprint(), submission)) {
            throw new ApiException(ProblemKind.RULE_VIOLATION, "publicdesk.detail.idempotency-key-reused");
        }
        return new Submission(earlier, null);
    }

    /** To the millisecond, as MongoDB stores it: a repeated submission's answer then shows the same time. */
    private Instant receivedNow() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The petition this code and these last phone digits open; empty when either does not match, or the code
     * cannot be one, so that a caller cannot tell which part was wrong.
     */
    Optional<Petition> find(String typedCode, String phoneLast4) {
        if (phoneLast4 == null || !phoneLast4.matches("\\d{4}")) {
            return Optional.empty();
        }
        return QueryCode.normalise(typedCode)
                .flatMap(code -> store.findByQueryCodeHash(QueryCode.hash(code)))
                .filter(petition -> identity.phoneEndsWith(petition, phoneLast4));
    }
}
