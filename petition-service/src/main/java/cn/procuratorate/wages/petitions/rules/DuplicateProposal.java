package cn.procuratorate.wages.petitions.rules;

import java.util.Objects;

/**
 * A proposal that a new petition duplicates an earlier one; the clerk confirms (or refuses) the merge.
 *
 * @param duplicateOfId     the petition to merge into: the matched one, or the one it was itself merged into
 * @param matchedPetitionId the earlier petition that matched (the most recent within the window)
 * @param daysApart         calendar days from the matched petition's receipt to the new one's
 * @param employerMatchedBy whether the employers matched by credit code or by name
 * @param reason            why, with a stable code and a Chinese label
 */
public record DuplicateProposal(String duplicateOfId, String matchedPetitionId, long daysApart,
        EmployerKey.Match employerMatchedBy, Reason reason) {

    public enum Reason {
        /** The earlier petition is still open: merge. */
        SAME_PETITIONER_SAME_EMPLOYER("同一信访人在期限内就同一用人单位重复反映，建议合并"),
        /** The earlier petition was disposed of: the clerk merges (reopening it) or handles the new one on its own. */
        REPEAT_AFTER_CLOSURE("同一信访人在期限内就同一用人单位再次反映，前件已办结，请确认合并或另行办理");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String code() {
            return name();
        }

        public String label() {
            return label;
        }
    }

    public DuplicateProposal {
        Objects.requireNonNull(duplicateOfId, "duplicateOfId");
        Objects.requireNonNull(matchedPetitionId, "matchedPetitionId");
        Objects.requireNonNull(employerMatchedBy, "employerMatchedBy");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether the matched petition had been merged into another, which is then proposed instead. */
    public boolean viaEarlierMerge() {
        return !duplicateOfId.equals(matchedPetitionId);
    }
}
