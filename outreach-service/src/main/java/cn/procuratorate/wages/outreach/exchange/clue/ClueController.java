package cn.procuratorate.wages.outreach.exchange.clue;

import cn.procuratorate.wages.common.audit.AuditTrail;
import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.outreach.exchange.Agency;
import cn.procuratorate.wages.outreach.exchange.ExchangeAccess;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(ExchangeAccess.PATH + "/clues")
@Tag(name = "partner exchange", description = "Information sharing with partner agencies (讨薪讨债信息交流共享机制)")
class ClueController {

    private final ClueIntake intake;
    private final ClueStore store;
    private final AuditTrail audit;

    ClueController(ClueIntake intake, ClueStore store, AuditTrail audit) {
        this.intake = intake;
        this.store = store;
        this.audit = audit;
    }

    @PostMapping
    @PreAuthorize(ExchangeAccess.AGENCIES)
    @Operation(summary = "Push a wage-arrears clue: it becomes a petition of the procuratorate of its region",
            description = "201 with this service's id of the clue. Kept here whether or not petition-service answers "
                    + "now, and delivered at once when it does (state PETITION_REGISTERED with the petition), later "
                    + "otherwise (PENDING); the feed tells what happens next. The same clueId again: 200 with the "
                    + "same clue, nothing new; with other content: 422. A sector other than the agency's: 403.")
    ResponseEntity<ClueView> push(@Valid @RequestBody NewClue clue) {
        ClueIntake.Receipt receipt = intake.receive(clue, Agency.current());
        ClueView view = ClueView.of(receipt.clue());
        return receipt.created()
                ? ResponseEntity.created(URI.create(ExchangeAccess.PATH + "/clues/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/{id}")
    @PreAuthorize(ExchangeAccess.AGENCIES)
    @Operation(summary = "A clue the calling agency pushed, as it stands now (another agency's clue is 404)")
    ClueView get(@PathVariable String id) {
        Agency agency = Agency.current();
        Clue clue = store.find(id, agency.id()).orElseThrow(() -> new NotFoundException("clue", id));
        audit.record("exchange.clue-read", "clue " + clue.clueId() + " as " + clue.id());
        return ClueView.of(clue);
    }

    /**
     * A clue as its agency sees it: no personal data (the agency sent it), only where it stands. {@code petitionId},
     * {@code unit}: once registered; {@code caseNumber}: once its petition became a case; {@code refusalDetail}:
     * petition-service's reason when it refused the clue.
     */
    record ClueView(String id, String clueId, ClueState state, String stateLabel, Instant receivedAt,
            String petitionId, String unit, String caseNumber, String outcome, Integer refusalStatus,
            String refusalDetail) {

        static ClueView of(Clue clue) {
            Clue.Referral referral = clue.referral();
            return new ClueView(clue.id(), clue.clueId(), clue.state(), clue.state().label(), clue.receivedAt(),
                    referral == null ? null : referral.petitionId(), referral == null ? null : referral.unit(),
                    referral == null ? null : referral.caseNumber(), referral == null ? null : referral.outcome(),
                    clue.delivery().refusalStatus(), clue.delivery().refusalDetail());
        }
    }
}
