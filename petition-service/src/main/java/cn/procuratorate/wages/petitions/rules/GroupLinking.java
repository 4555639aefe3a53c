package cn.procuratorate.wages.petitions.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Links the petitions of many workers against one employer. From the petition-service issue: "Many workers of one
 * employer filing separately are linked as one group."
 *
 * <p>A new petition is linked to every earlier petition of the same unit that
 * <ul>
 * <li>is not known to be from the same petitioner (that is {@link DuplicateRules}'s case; a petition without a
 * resident ID counts as another petitioner),</li>
 * <li>names the same employer ({@link EmployerKey#match}: credit code when both have one, else normalised name),</li>
 * <li>was received on the same day or up to {@link Settings#windowDays()} days before it, and</li>
 * <li>was not merged into another petition as a duplicate (the one it was merged into stands for it).</li>
 * </ul>
 * The group key is the employer's key ({@link EmployerKey#key()}): the caller stores it on the new petition and on
 * every linked one, so the group is "all petitions with this key". A petition naming the employer without a credit
 * code takes the credit code of the linked petitions that have one, so the key does not split. Should the linked
 * petitions carry two or more different codes (two companies of the same name), nothing is inherited: only the
 * petitions without a code are linked, by name, and the link is marked {@link GroupLink#ambiguousEmployer()} for the
 * clerk to resolve.
 */
public final class GroupLinking {

    /** Design choice: the same 30 days as the duplicate window of the issue. */
    public static final int DEFAULT_GROUP_WINDOW_DAYS = 30;

    /** @param windowDays how many days back an earlier petition is linked (0 = the same day only) */
    public record Settings(int windowDays) {
        public Settings {
            if (windowDays < 0) {
                throw new IllegalArgumentException("windowDays must not be negative: " + windowDays);
            }
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_GROUP_WINDOW_DAYS);
        }
    }

    /**
     * @param groupKey          the key to store on the new petition and the linked ones; {@code null} if the new
     *                          petition names no employer
     * @param linkedPetitionIds the earlier petitions linked, oldest first
     * @param ambiguousEmployer whether same-named petitions with different credit codes were left out
     */
    public record GroupLink(String groupKey, List<String> linkedPetitionIds, boolean ambiguousEmployer) {
        public GroupLink {
            linkedPetitionIds = List.copyOf(linkedPetitionIds);
        }

        /** Whether the new petition joins a group (at least one other petitioner). */
        public boolean isGroup() {
            return !linkedPetitionIds.isEmpty();
        }
    }

    private final Settings settings;

    public GroupLinking(Settings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public static GroupLinking defaults() {
        return new GroupLinking(Settings.defaults());
    }

    public GroupLink link(PetitionRef newPetition, Collection<EarlierPetition> earlier) {
        EmployerKey employer = newPetition.employer();
        if (!employer.isKnown()) {
            return new GroupLink(null, List.of(), false);
        }
        List<EarlierPetition> matched = new ArrayList<>();
        for (EarlierPetition candidate : earlier) {
            PetitionRef other = candidate.petition();
            if (!other.petitionId().equals(newPetition.petitionId()) && !candidate.merged()
                    && !newPetition.samePetitionerAs(other)
                    && DuplicateRules.withinWindow(other, newPetition, settings.windowDays())
                    && employer.match(other.employer()).isPresent()) {
                matched.add(candidate);
            }
        }
        matched.sort(DuplicateRules.MOST_RECENT_LAST);

        Optional<String> ownCode = employer.creditCode();
        Set<String> linkedCodes = new TreeSet<>();
        if (ownCode.isEmpty()) {
            for (EarlierPetition candidate : matched) {
                candidate.petition().employer().creditCode().ifPresent(linkedCodes::add);
            }
        }
        boolean ambiguous = linkedCodes.size() > 1;
        String groupKey;
        if (ownCode.isEmpty() && linkedCodes.size() == 1) {
            groupKey = EmployerKey.of(linkedCodes.iterator().next(), null).key().orElseThrow();
        } else {
            groupKey = employer.key().orElseThrow();
        }
        List<String> linked = new ArrayList<>();
        for (EarlierPetition candidate : matched) {
            if (!ambiguous || candidate.petition().employer().creditCode().isEmpty()) {
                linked.add(candidate.petitionId());
            }
        }
        return new GroupLink(groupKey, linked, ambiguous);
    }

    public Settings settings() {
        return settings;
    }
}
