package cn.procuratorate.wages.petitions.petition;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which step a petition's stage allows, in plain Java. Replies follow SPP rules art. 163: one procedural reply,
 * whenever it is sent (a petition handled on its first day still gets one), and a result reply once it is handled.
 */
public final class PetitionWorkflow {

    public enum Step {
        PROCEDURAL_REPLY, HANDLE, RESULT_REPLY, CLOSE
    }

    static final String PROCEDURAL_REPLY_SENT = "petition.procedural-reply-already-sent";
    static final String ALREADY_HANDLED = "petition.already-handled";
    static final String NOT_HANDLED = "petition.not-handled-yet";
    static final String RESULT_REPLY_OWED = "petition.result-reply-owed";
    static final String RESULT_REPLY_SENT = "petition.result-reply-already-sent";
    static final String CLOSED = "petition.closed";

    private PetitionWorkflow() {
    }

    /** The steps the petition allows now (what a UI shows as buttons). */
    public static Set<Step> allowed(PetitionStage stage, boolean proceduralReplySent, HandlingOutcome outcome) {
        Set<Step> steps = EnumSet.noneOf(Step.class);
        for (Step step : Step.values()) {
            if (refusal(step, stage, proceduralReplySent, outcome) == null) {
                steps.add(step);
            }
        }
        return steps;
    }

    /** The stage after the step, or the refusal. */
    static PetitionStage after(Step step, PetitionStage stage, boolean proceduralReplySent, HandlingOutcome outcome) {
        String refused = refusal(step, stage, proceduralReplySent, outcome);
        if (refused != null) {
            throw new PetitionRefused(refused);
        }
        return switch (step) {
            case PROCEDURAL_REPLY -> stage == PetitionStage.RECEIVED ? PetitionStage.PROCEDURAL_REPLY_SENT : stage;
            case HANDLE -> PetitionStage.HANDLED;
            case RESULT_REPLY -> PetitionStage.RESULT_REPLY_SENT;
            case CLOSE -> PetitionStage.CLOSED;
        };
    }

    private static String refusal(Step step, PetitionStage stage, boolean proceduralReplySent,
            HandlingOutcome outcome) {
        if (stage == PetitionStage.CLOSED) {
            return CLOSED;
        }
        return switch (step) {
            case PROCEDURAL_REPLY -> proceduralReplySent ? PROCEDURAL_REPLY_SENT : null;
            case HANDLE -> stage == PetitionStage.RECEIVED || stage == PetitionStage.PROCEDURAL_REPLY_SENT ? null
                    : ALREADY_HANDLED;
            case RESULT_REPLY -> stage == PetitionStage.HANDLED ? null
                    : stage == PetitionStage.RESULT_REPLY_SENT ? RESULT_REPLY_SENT : NOT_HANDLED;
            // A merged petition is answered with the one it was merged into, so it may close once handled.
            case CLOSE -> stage == PetitionStage.RESULT_REPLY_SENT
                    || (stage == PetitionStage.HANDLED && outcome == HandlingOutcome.MERGED) ? null : RESULT_REPLY_OWED;
        };
    }
}
