package cn.procuratorate.wages.outreach.exchange.clue;

import cn.procuratorate.wages.common.audit.AuditTrail;
import cn.procuratorate.wages.common.privacy.PhoneNumber;
import cn.procuratorate.wages.common.privacy.ResidentIdNumber;
import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.outreach.exchange.Agency;
import cn.procuratorate.wages.outreach.exchange.FieldRefusals;
import cn.procuratorate.wages.outreach.exchange.feed.ExchangeFeed;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A clue pushed by an agency: checked against the agency's sector, stored with the worker's ID number and phone
 * sealed (the outbox of its delivery), recorded in the agency's feed, then delivered at once if petition-service
 * answers. Pushing the same clue id again is answered with the clue as it stands.
 */
@Service
class ClueIntake {

    private final ClueStore store;
    private final WorkerIdentity identity;
    private final ExchangeFeed feed;
    private final ClueSender sender;
    private final FieldRefusals refusals;
    private final AuditTrail audit;
    private final Clock clock;

    ClueIntake(ClueStore store, WorkerIdentity identity, ExchangeFeed feed, ClueSender sender,
            FieldRefusals refusals, AuditTrail audit, Clock clock) {
        this.store = store;
        this.identity = identity;
        this.feed = feed;
        this.sender = sender;
        this.refusals = refusals;
        this.audit = audit;
        this.clock = clock;
    }

    /** {@code created}: false when the agency had pushed this clue before. */
    record Receipt(Clue clue, boolean created) {
    }

    /** Everything already validated but the sector, which only the caller's token tells. */
    Receipt receive(NewClue request, Agency agency) {
        if (!agency.sector().name().equals(request.sector())) {
            throw refusals.refuse(ProblemKind.FORBIDDEN, "sector", "exchange.detail.other-sector", request.sector(),
                    agency.sector().name());
        }
        ResidentIdNumber residentId = ResidentIdNumber.of(request.worker().residentId().text(),
                ResidentIdNumber.today(clock));
        PhoneNumber phone = PhoneNumber.of(request.worker().phone().text());
        String content = request.content(residentId.value(), phone.value());
        Optional<Clue> earlier = store.findByClueId(agency.id(), request.clueId());
        if (earlier.isPresent()) {
            return repetition(earlier.get(), content);
        }
        Clue stored;
        try {
            stored = store.insert(request.toClue(agency, identity.fingerprint(content), identity.seal(residentId),
                    identity.seal(phone), Instant.now(clock).truncatedTo(ChronoUnit.MILLIS)));
        } catch (DuplicateKeyException e) {
            // The same clue pushed twice at the same moment: the unique index let one in.
            return store.findByClueId(agency.id(), request.clueId()).map(first -> repetition(first, content))
                    .orElseThrow(() -> e);
        }
        audit.record("exchange.clue-received", "clue " + stored.clueId() + " as " + stored.id());
        feed.append(ClueEvents.received(stored));
        sender.deliverNow(stored.id());
        return new Receipt(store.find(stored.id(), agency.id()).orElse(stored), true);
    }

    /**
     * A clue id seen before: the clue as it stands when this is a true retry; refused when it comes with other
     * content, which is an agency's bug (an id reused for another clue) that must be neither silently answered with
     * the first clue nor stored as a second one under an id that names one.
     */
    private Receipt repetition(Clue earlier, String content) {
        if (!identity.matches(earlier.fingerprint(), content)) {
            throw new ApiException(ProblemKind.RULE_VIOLATION, "exchange.detail.clue-id-reused", earlier.clueId())
                    .with("field", "clueId");
        }
        audit.record("exchange.clue-repeated", "clue " + earlier.clueId() + " as " + earlier.id());
        return new Receipt(earlier, false);
    }
}
