package cn.procuratorate.wages.common.security;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import java.util.Optional;

/**
 * Which unit's data a caller may see and write. Staff belong to one unit (a procuratorate, by its 6-digit code) and
 * see only its data; the platform's own services act across units and name the unit of each write.
 */
public final class UnitScope {

    private UnitScope() {
    }

    /** The unit whose data this caller may read; empty means every unit (a service). */
    public static Optional<String> readable(Caller caller) {
        return caller.unit() == null && caller.hasRole(Role.SERVICE) ? Optional.empty()
                : Optional.of(unitOf(caller));
    }

    /**
     * The unit whose data a read that may name one covers (statistics, findings): staff their own, and naming
     * another is refused; a service every unit (empty) unless it names one.
     */
    public static Optional<String> forRead(Caller caller, String requestedUnit) {
        Optional<String> own = readable(caller);
        if (own.isEmpty()) {
            return Optional.ofNullable(requestedUnit);
        }
        if (requestedUnit != null && !requestedUnit.equals(own.get())) {
            throw new ApiException(ProblemKind.FORBIDDEN, "problem.detail.other-unit-read", requestedUnit);
        }
        return own;
    }

    /**
     * The unit a new record of this caller belongs to: the staff member's own (naming another is refused), or the
     * one a service names.
     */
    public static String forWrite(Caller caller, String requestedUnit) {
        if (caller.unit() == null) {
            if (!caller.hasRole(Role.SERVICE)) {
                throw new ApiException(ProblemKind.FORBIDDEN, "problem.detail.no-unit");
            }
            if (requestedUnit == null) {
                throw new ApiException(ProblemKind.VALIDATION, "problem.detail.unit-required");
            }
            return requestedUnit;
        }
        if (requestedUnit != null && !requestedUnit.equals(caller.unit())) {
            throw new ApiException(ProblemKind.FORBIDDEN, "problem.detail.other-unit", requestedUnit);
        }
        return caller.unit();
    }

    private static String unitOf(Caller caller) {
        if (caller.unit() == null) {
            throw new ApiException(ProblemKind.FORBIDDEN, "problem.detail.no-unit");
        }
        return caller.unit();
    }
}
