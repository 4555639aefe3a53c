package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.cases.assessment.AssessmentFacts.OrderToPay;
import cn.procuratorate.wages.cases.assessment.EvasionKind;
import cn.procuratorate.wages.cases.assessment.SeriousConsequence;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a procurator has established about a wage crime beyond the amounts (which the workers give): how the employer
 * evaded payment, the order to pay, the consequences, and the dates leniency depends on. {@code policeFiledOn} is the
 * police's filing (立案); when unknown, the day the case reached the procuratorate stands in for it.
 */
public record CrimeFacts(Set<EvasionKind> evasion, boolean ableToPayButDidNot, OrderToPay orderToPay,
        Set<SeriousConsequence> seriousConsequences, LocalDate repaidInFullOn, LocalDate policeFiledOn,
        LocalDate firstInstanceVerdictOn) {

    static final CrimeFacts NONE = new CrimeFacts(Set.of(), false, null, Set.of(), null, null, null);
}
