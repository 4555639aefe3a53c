package cn.procuratorate.wages.cases.employers;

import cn.procuratorate.wages.cases.casefile.Cases;
import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.Role;
import cn.procuratorate.wages.common.security.UnitScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Summaries of an employer over the cases a caller may see. */
@Service
class EmployerSummaries {

    private final EmployerCaseStore store;
    private final BlacklistFacts facts;
    private final Clock clock;

    EmployerSummaries(EmployerCaseStore store, BlacklistFacts facts, Clock clock) {
        this.store = store;
        this.facts = facts;
        this.clock = clock;
    }

    /**
     * @param creditCode a valid, normalised code
     * @throws NotFoundException when the caller sees no case of the employer: unknown, or only in cases of other
     *                           units or sectors, which the caller is not told of
     */
    EmployerSummary summarise(String creditCode, Caller caller) {
        Scope scope = Scope.of(caller);
        List<EmployerCase> cases = store.casesOf(creditCode, scope.unit()).stream()
                .filter(c -> scope.sector().map(sector -> sector.covers(c.industryCode())).orElse(true)).toList();
        if (cases.isEmpty()) {
            throw new NotFoundException("employer", creditCode);
        }
        return EmployerSummary.of(creditCode, cases, facts.of(cases, LocalDate.now(clock.withZone(Cases.CHINA))));
    }

    /**
     * Whose cases a caller sees: staff their unit's, a service every unit's, a partner agency every unit's in the
     * industries of its sector.
     */
    private record Scope(Optional<String> unit, Optional<AgencySector> sector) {

        static Scope of(Caller caller) {
            if (caller.hasRole(Role.PROCURATOR) || caller.hasRole(Role.SUPERVISOR) || caller.hasRole(Role.SERVICE)) {
                return new Scope(UnitScope.readable(caller), Optional.empty());
            }
            AgencySector sector = AgencySector.of(caller.sector())
                    .orElseThrow(() -> new ApiException(ProblemKind.FORBIDDEN, "employer.detail.no-sector"));
            return new Scope(Optional.empty(), Optional.of(sector));
        }
    }
}
