package cn.procuratorate.wages.common.privacy;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.Role;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who sees personal data in full in a response; everyone else sees it masked ({@code 110105********002X},
 * {@code 138****5678}). The policy, smallest disclosure first:
 * <ul>
 * <li>lists are always masked: telling records apart needs no full value;
 * <li>a single record is masked unless the caller asks for the full values ({@code ?reveal=personal-data}), so a
 * screen shows them only when someone acts on them (calls the petitioner back, checks the card at a visit);
 * <li>the full values go only to a role whose work on the record needs them ({@link #ENTITLEMENTS}) and only for a
 * record of the caller's own unit; partner agencies, the platform's services and operators never get them. Anyone
 * else asking is refused (403) rather than silently given masked values, so a client notices.
 * </ul>
 */
public final class PersonalDataMasking {

    /** The query parameter, and its value, with which a single-record read asks for the full values. */
    public static final String REVEAL_PARAMETER = "reveal";
    public static final String REVEAL_PERSONAL_DATA = "personal-data";

    /** What a response shows. */
    public enum Disclosure {
        MASKED, FULL
    }

    /** How far a role's need to see full values reaches. */
    enum Entitlement {
        /** Records of the caller's own unit. */
        OWN_UNIT,
        /** Never, whatever the record. */
        NEVER
    }

    /** One row per role, so a new role has to be decided here (the test checks every role is listed). */
    static final Map<Role, Entitlement> ENTITLEMENTS = new EnumMap<>(Map.of(
            // Petition desk: calls the petitioner back, checks the ID card at a visit.
            Role.CLERK, Entitlement.OWN_UNIT,
            // Prosecutor: identifies the worker as victim and witness in the case.
            Role.PROCURATOR, Entitlement.OWN_UNIT,
            // Department head: everything of the unit, including checks of the clerks' work.
            Role.SUPERVISOR, Entitlement.OWN_UNIT,
            // Partner agencies receive shared figures and clues, not the identities of petitioners.
            Role.PARTNER_AGENCY, Entitlement.NEVER,
            // Services act for no person who could need the value; they pass masked data on.
            Role.SERVICE, Entitlement.NEVER,
            // Operators run the system, they do not handle petitions.
            Role.OPERATOR, Entitlement.NEVER));

    private PersonalDataMasking() {
    }

    /** A list: always masked, whatever was asked. */
    public static Disclosure forList() {
        return Disclosure.MASKED;
    }

    /**
     * A single record of {@code recordUnit}, read by {@code caller}, who asked for the full values when
     * {@code reveal} is {@value #REVEAL_PERSONAL_DATA}.
     *
     * @throws ApiException 403 when the full values were asked for by a caller who may not have them
     */
    public static Disclosure forRecord(Caller caller, String recordUnit, String reveal) {
        if (!REVEAL_PERSONAL_DATA.equals(reveal)) {
            return Disclosure.MASKED;
        }
        if (!mayReveal(caller, recordUnit)) {
            throw new ApiException(ProblemKind.FORBIDDEN, "problem.detail.reveal-forbidden");
        }
        return Disclosure.FULL;
    }

    /** Whether {@code caller} may see the full values of a record of {@code recordUnit}. */
    public static boolean mayReveal(Caller caller, String recordUnit) {
        // One role that may never see them is enough to refuse: a service token that also carries a staff role
        // still acts for no one at the desk.
        List<Entitlement> entitlements = caller.roles().stream().map(PersonalDataMasking::entitlementOf)
                .flatMap(Optional::stream).toList();
        boolean barred = entitlements.contains(Entitlement.NEVER);
        boolean entitled = entitlements.contains(Entitlement.OWN_UNIT);
        return !barred && entitled && caller.unit() != null && caller.unit().equals(recordUnit);
    }

    /** A role this platform does not know (a claim from a newer auth-server) neither grants nor bars anything. */
    private static Optional<Entitlement> entitlementOf(String role) {
        return Arrays.stream(Role.values()).filter(known -> known.name().equals(role)).findFirst()
                .map(ENTITLEMENTS::get);
    }

    /** The masked or the full form of a resident ID number, as decided. */
    public static PersonalText residentId(String number, Disclosure disclosure) {
        String masked = ResidentIdNumber.mask(number);
        return PersonalText.shown(disclosure == Disclosure.FULL ? number : masked, masked);
    }

    /** The masked or the full form of a phone number, as decided. */
    public static PersonalText phone(String number, Disclosure disclosure) {
        String masked = PhoneNumber.mask(number);
        return PersonalText.shown(disclosure == Disclosure.FULL ? number : masked, masked);
    }
}
