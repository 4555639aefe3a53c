package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.cases.risk.Claim;
import cn.procuratorate.wages.cases.risk.FalseLitigationRisk;
import cn.procuratorate.wages.cases.risk.RiskAssessment;
import cn.procuratorate.wages.cases.risk.Roster;
import cn.procuratorate.wages.cases.risk.Subject;
import cn.procuratorate.wages.cases.workflow.CaseType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Scores civil and lawsuit-support cases for false litigation (虚假诉讼) from the claims of the same workers in other
 * cases, and keeps the score on the case for the review list. A new claim can raise the score of the earlier cases it
 * matches, so those are scored again too.
 */
@Component
class RiskReview {

    /** The case types in which wage claims could be fabricated to grab assets (DOMAIN.md, 虚假诉讼). */
    static final Set<CaseType> SCORED = EnumSet.of(CaseType.LAWSUIT_SUPPORT, CaseType.CIVIL_JUDGMENT_SUPERVISION,
            CaseType.ENFORCEMENT_SUPERVISION);
    /** Re-scoring related cases is bounded: a worker in hundreds of cases is a finding already. */
    private static final int MAX_RELATED = 50;

    private final CaseFileStore store;
    private final FalseLitigationRisk risk;

    RiskReview(CaseFileStore store, FalseLitigationRisk risk) {
        this.store = store;
        this.risk = risk;
    }

    static boolean isScored(CaseFile caseFile) {
        return SCORED.contains(caseFile.type()) && caseFile.employer() != null
                && caseFile.employer().creditCode() != null;
    }

    /** The case's risk now (empty for a case type that is not scored). */
    Optional<RiskAssessment> assess(CaseFile caseFile) {
        if (!isScored(caseFile)) {
            return Optional.empty();
        }
        return Optional.of(risk.score(subjectOf(caseFile), claimsBeside(caseFile, store.sharingWorkers(caseFile)),
                caseFile.rosterHashes().map(hashes -> new Roster(Set.copyOf(hashes)))));
    }

    /** Scores the case and the scored cases sharing a worker with it, and stores the scores. */
    void refresh(CaseFile caseFile) {
        if (!isScored(caseFile)) {
            return;
        }
        List<CaseFile> related = store.sharingWorkers(caseFile);
        store.setRisk(caseFile.id(), risk.score(subjectOf(caseFile), claimsBeside(caseFile, related),
                caseFile.rosterHashes().map(hashes -> new Roster(Set.copyOf(hashes)))));
        related.stream().filter(RiskReview::isScored).limit(MAX_RELATED)
                .forEach(other -> assess(other).ifPresent(score -> store.setRisk(other.id(), score)));
    }

    private static Subject subjectOf(CaseFile caseFile) {
        Set<String> seen = new HashSet<>();
        List<Subject.Claimant> claimants = new ArrayList<>();
        for (Worker worker : caseFile.workers()) {
            if (worker.residentId() != null && seen.add(worker.residentId().hash())) {
                claimants.add(new Subject.Claimant(worker.residentId().hash(), Fen.toYuan(worker.amountOwedFen())));
            }
        }
        return new Subject(caseFile.id(), claimants, caseFile.employer().creditCode(),
                caseFile.workflow().receivedOn());
    }

    /** The other cases' claims by the same workers (a case against a 包工头 without credit code names no employer). */
    private static List<Claim> claimsBeside(CaseFile caseFile, List<CaseFile> related) {
        Set<String> hashes = new HashSet<>();
        caseFile.workers().stream().filter(w -> w.residentId() != null).forEach(w -> hashes.add(w.residentId().hash()));
        List<Claim> claims = new ArrayList<>();
        for (CaseFile other : related) {
            if (other.employer() == null || other.employer().creditCode() == null) {
                continue;
            }
            for (Worker worker : other.workers()) {
                if (worker.residentId() != null && hashes.contains(worker.residentId().hash())) {
                    claims.add(new Claim(worker.residentId().hash(), other.employer().creditCode(),
                            other.workflow().receivedOn(), other.id()));
                }
            }
        }
        return claims;
    }
}
