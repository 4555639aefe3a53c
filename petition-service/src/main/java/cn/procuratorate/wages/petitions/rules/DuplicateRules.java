package cn.procuratorate.wages.petitions.rules;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a new petition repeats an earlier one. From the petition-service issue: "A new petition from the same
 * petitioner (resident ID) against the same employer within 30 days is proposed as a duplicate of the earlier one; the
 * clerk confirms a merge."
 *
 * <ul>
 * <li>Same petitioner: equal resident-ID keyed hashes. Without one on either side a petition is never a duplicate by
 * petitioner (names are not unique).</li>
 * <li>Same employer: {@link EmployerKey#match} (credit code when both have one, else normalised name).</li>
 * <li>Within the window: received at most {@link Settings#windowDays()} calendar days before the new one (the same day
 * counts; a petition received after the new one is not "earlier").</li>
 * <li>Of several, the most recent (ties: the greater id; ObjectIds grow with time). If it was itself merged into
 * another petition, that one (followed through the candidates given) is proposed instead.</li>
 * <li>Closed earlier petitions are proposed too, with {@link DuplicateProposal.Reason#REPEAT_AFTER_CLOSURE}, so the
 * clerk sees the history and decides (design choice).</li>
 * </ul>
 * The caller passes the earlier petitions of the same unit; it is not checked here.
 */
public final class DuplicateRules {

    /** The figure ("within 30 days"), a design choice of the project rather than a statutory limit. */
    public static final int DUPLICATE_WINDOW_DAYS = 30;

    /** @param windowDays how many days back an earlier petition counts (0 = the same day only) */
    public record Settings(int windowDays) {
        public Settings {
            if (windowDays < 0) {
                throw new IllegalArgumentException("windowDays must not be negative: " + windowDays);
            }
        }

        public static Settings defaults() {
            return new Settings(DUPLICATE_WINDOW_DAYS);
        }
    }

    /** Older before more recent: by receipt date, then by id (so the maximum is the most recent). */
    static final Comparator<EarlierPetition> MOST_RECENT_LAST = Comparator
            .comparing((EarlierPetition e) -> e.petition().receivedOn())
            .thenComparing(EarlierPetition::petitionId);

    private final Settings settings;

    public DuplicateRules(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public static DuplicateRules defaults() {
        return new DuplicateRules(Settings.defaults());
    }

    /** The proposed duplicate of {@code newPetition} among {@code earlier}, if any. */
    public Optional<DuplicateProposal> propose(PetitionRef newPetition, Collection<EarlierPetition> earlier) {
        if (newPetition.petitionerKey() == null) {
            return Optional.empty();
        }
        EmployerKey employer = newPetition.employer();
        EarlierPetition best = null;
        EmployerKey.Match bestMatch = null;
        for (EarlierPetition candidate : earlier) {
            PetitionRef other = candidate.petition();
            if (other.petitionId().equals(newPetition.petitionId()) || !newPetition.samePetitionerAs(other)
                    || !withinWindow(other, newPetition, settings.windowDays())) {
                continue;
            }
            Optional<EmployerKey.Match> match = employer.match(other.employer());
            if (match.isPresent() && (best == null || MOST_RECENT_LAST.compare(candidate, best) > 0)) {
                best = candidate;
                bestMatch = match.get();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Target target = resolveMerges(best, earlier);
        DuplicateProposal.Reason reason = target.closed ? DuplicateProposal.Reason.REPEAT_AFTER_CLOSURE
                : DuplicateProposal.Reason.SAME_PETITIONER_SAME_EMPLOYER;
        return Optional.of(new DuplicateProposal(target.id, best.petitionId(),
                daysApart(best.petition(), newPetition), bestMatch, reason));
    }

    private record Target(String id, boolean closed) {
    }

    /** Follows "merged into" links through the candidates; a target not among them is taken as open. */
    private static Target resolveMerges(EarlierPetition matched, Collection<EarlierPetition> earlier) {
        Map<String, EarlierPetition> byId = new HashMap<>();
        for (EarlierPetition candidate : earlier) {
            byId.putIfAbsent(candidate.petitionId(), candidate);
        }
        Set<String> seen = new HashSet<>();
        EarlierPetition current = matched;
        while (current.merged() && seen.add(current.petitionId())) {
            EarlierPetition next = byId.get(current.mergedIntoId());
            if (next == null) {
                return new Target(current.mergedIntoId(), false);
            }
            current = next;
        }
        return new Target(current.petitionId(), current.closed());
    }

    static long daysApart(PetitionRef earlier, PetitionRef later) {
        return ChronoUnit.DAYS.between(earlier.receivedOn(), later.receivedOn());
    }

    /** Received on the same day as {@code later} or up to {@code windowDays} days before it. */
    static boolean withinWindow(PetitionRef earlier, PetitionRef later, int windowDays) {
        long days = daysApart(earlier, later);
        return days >= 0 && days <= windowDays;
    }

    public Settings settings() {
        return settings;
    }
}
