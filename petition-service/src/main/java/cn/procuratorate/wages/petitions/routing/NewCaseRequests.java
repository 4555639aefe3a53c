package cn.procuratorate.wages.petitions.routing;

import cn.procuratorate.wages.petitions.clients.CaseServiceClient.Employer;
import cn.procuratorate.wages.petitions.clients.CaseServiceClient.NewCase;
import cn.procuratorate.wages.petitions.clients.CaseServiceClient.Worker;
import cn.procuratorate.wages.petitions.petition.Petition;
import cn.procuratorate.wages.petitions.petition.PetitionerIdentity;
import cn.procuratorate.wages.petitions.petition.Petitions;
import cn.procuratorate.wages.petitions.petition.Routing;
import cn.procuratorate.wages.petitions.petition.WageClaim;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The case a routed petition asks case-service for, built from the petition and the clerk's routing. */
@Component
class NewCaseRequests {

    static final String TITLE_SUFFIX = "拖欠农民工工资（信访转）";
    /** case-service's limit on a title. */
    private static final int MAX_TITLE = 200;

    private final PetitionerIdentity identity;

    NewCaseRequests(PetitionerIdentity identity) {
        this.identity = identity;
    }

    /**
     * The petitioner becomes the case's worker when their ID number is known (case-service requires it of a worker),
     * with what they say is owed; unknown amounts go as 0 for the handler to complete, rather than as a guess. The
     * case is received on the day the clerk routed it, however late the delivery.
     */
    NewCase forPetition(Petition petition) {
        Routing routing = petition.routing();
        WageClaim claim = petition.wageClaim();
        String employerName = claim == null ? null : claim.employerName();
        PetitionerIdentity.Shown petitioner = identity.forCase(petition);
        List<Worker> workers = petitioner.residentId() == null ? List.of()
                : List.of(new Worker(petition.petitionerName(), petitioner.residentId(), petitioner.phone(),
                        claim == null || claim.monthsOwed() == null ? 0 : claim.monthsOwed(),
                        claim == null || claim.amountOwedFen() == null ? "0.00"
                                : BigDecimal.valueOf(claim.amountOwedFen(), 2).toPlainString()));
        return new NewCase(routing.caseType(), title(employerName), petition.regionCode(), routing.industryCode(),
                new Employer(employerName, routing.employerCreditCode(), routing.employerKind()), workers,
                LocalDate.ofInstant(routing.requestedAt(), Petitions.CHINA), petition.unit());
    }

    static String title(String employerName) {
        if (employerName == null || employerName.isBlank()) {
            return TITLE_SUFFIX;
        }
        String employer = employerName.strip();
        int room = MAX_TITLE - TITLE_SUFFIX.length();
        return (employer.length() <= room ? employer : employer.substring(0, room)) + TITLE_SUFFIX;
    }
}
