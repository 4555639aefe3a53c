package cn.procuratorate.wages.cases.employers;

import cn.procuratorate.wages.cases.casefile.Cases;
import cn.procuratorate.wages.cases.recovery.WageTotals;
import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.cases.workflow.ProsecutionDecision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;

/**
 * What an employer summary reads of a stored case: no worker's identity, only what each worker is owed.
 *
 * @param workflow only its prosecution decision
 */
record EmployerCase(@Id String id, CaseType type, String regionCode, String industryCode, Party employer,
        List<OwedWorker> workers, boolean open, long owedFen, long recoveredFen, Instant createdAt,
        Progress workflow) {

    EmployerCase {
        workers = workers == null ? List.of() : workers;
    }

    record Party(String name) {
    }

    record OwedWorker(int monthsOwed, long amountOwedFen) {
    }

    record Progress(Decision prosecutionDecision) {
    }

    record Decision(ProsecutionDecision.Kind decision) {
    }

    /** The China calendar day the case was registered. */
    LocalDate createdOn() {
        return LocalDate.ofInstant(createdAt, Cases.CHINA);
    }

    /** Every type but false litigation is about wages the employer owes. */
    boolean isArrears() {
        return type != CaseType.FALSE_LITIGATION;
    }

    boolean prosecuted() {
        return workflow != null && workflow.prosecutionDecision() != null
                && workflow.prosecutionDecision().decision() == ProsecutionDecision.Kind.PROSECUTE;
    }

    WageTotals wages() {
        return new WageTotals(owedFen, recoveredFen);
    }
}
