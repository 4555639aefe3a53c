package cn.procuratorate.wages.outreach.exchange.feed;

import cn.procuratorate.wages.common.audit.AuditTrail;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.web.PageRequests;
import cn.procuratorate.wages.outreach.exchange.Agency;
import cn.procuratorate.wages.outreach.exchange.ExchangeAccess;
import cn.procuratorate.wages.outreach.exchange.FieldRefusals;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "partner exchange", description = "Information sharing with partner agencies (讨薪讨债信息交流共享机制)")
class FeedController {

    static final int DEFAULT_SIZE = 50;

    private final ExchangeFeed feed;
    private final FieldRefusals refusals;
    private final AuditTrail audit;

    FeedController(ExchangeFeed feed, FieldRefusals refusals, AuditTrail audit) {
        this.feed = feed;
        this.refusals = refusals;
        this.audit = audit;
    }

    @GetMapping(ExchangeAccess.PATH + "/feed")
    @PreAuthorize(ExchangeAccess.AGENCIES)
    @Operation(summary = "Changes of the clues the calling agency pushed, oldest first, after a cursor",
            description = "Without a cursor: from the first change. Send nextCursor back to get the changes after "
                    + "this page (also when it is empty: it stays where it is until something happens). hasMore: "
                    + "another page is ready now. A cursor this service did not give out is 400.")
    FeedPage feed(@Parameter(description = "nextCursor of the previous answer") @RequestParam(required = false)
            String cursor,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) @Min(1) @Max(PageRequests.MAX_SIZE) int size) {
        Agency agency = Agency.current();
        FeedCursor from = cursor == null || cursor.isBlank() ? FeedCursor.START : FeedCursor.decode(cursor.strip())
                .orElseThrow(() -> refusals.refuse(ProblemKind.VALIDATION, "cursor", "exchange.detail.bad-cursor"));
        List<FeedEntry> entries = feed.after(agency.id(), from.after(), size + 1);
        boolean hasMore = entries.size() > size;
        List<FeedEntry> page = hasMore ? entries.subList(0, size) : entries;
        FeedCursor next = page.isEmpty() ? from : new FeedCursor(page.get(page.size() - 1).seq());
        // Reads by agencies are audited too: who synchronised which part of its feed, when.
        audit.record("exchange.feed-read", "after " + from.after() + ", " + page.size() + " changes");
        return new FeedPage(page.stream().map(FeedItem::of).toList(), next.encode(), hasMore);
    }

    record FeedPage(List<FeedItem> items, String nextCursor, boolean hasMore) {
    }

    /**
     * One change. {@code id}: this service's id of the clue (as in the push's answer); {@code clueId}: the agency's;
     * {@code unit}: the procuratorate handling it; {@code outcome}: how a petition was handled without a case
     * (TRANSFERRED, ANSWERED, MERGED, ROUTED_TO_CASE when case-service refused the case); {@code detail}: why
     * petition-service refused a clue.
     */
    record FeedItem(String id, String clueId, FeedEventType type, String typeLabel, Instant at, String petitionId,
            String unit, String caseNumber, String outcome, String detail) {

        static FeedItem of(FeedEntry entry) {
            return new FeedItem(entry.clue(), entry.clueId(), entry.type(), entry.type().label(), entry.at(),
                    entry.petitionId(), entry.unit(), entry.caseNumber(), entry.outcome(), entry.detail());
        }
    }
}
