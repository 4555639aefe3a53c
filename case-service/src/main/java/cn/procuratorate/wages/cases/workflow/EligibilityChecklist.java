package cn.procuratorate.wages.cases.workflow;

import java.util.ArrayList;
import java.util.List;

/**
 * The four conditions of 支持起诉 (DOMAIN.md, Civil Procedure Law art. 15): all four are needed to issue the
 * support opinion.
 */
public record EligibilityChecklist(boolean rightsInfringed, boolean agenciesActedWithoutResult,
        boolean workerWantsToSue, boolean workerCannotOrDareNotSueAlone) {

    public static final EligibilityChecklist NONE_MET = new EligibilityChecklist(false, false, false, false);
    public static final EligibilityChecklist ALL_MET = new EligibilityChecklist(true, true, true, true);

    public enum Item {
        RIGHTS_INFRINGED("劳动者合法权益受到侵害"),
        AGENCIES_ACTED_WITHOUT_RESULT("有关行政机关、社会组织等已依法履职但未实现维权目的"),
        WORKER_WANTS_TO_SUE("劳动者有起诉意愿"),
        WORKER_CANNOT_OR_DARE_NOT_SUE_ALONE("劳动者不能、不敢或者不便独立起诉");

        private final String label;

        Item(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean isMet(Item item) {
        return switch (item) {
            case RIGHTS_INFRINGED -> rightsInfringed;
            case AGENCIES_ACTED_WITHOUT_RESULT -> agenciesActedWithoutResult;
            case WORKER_WANTS_TO_SUE -> workerWantsToSue;
            case WORKER_CANNOT_OR_DARE_NOT_SUE_ALONE -> workerCannotOrDareNotSueAlone;
        };
    }

    /** The conditions not met, in checklist order. */
    public List<Item> missing() {
        List<Item> missing = new ArrayList<>();
        for (Item item : Item.values()) {
            if (!isMet(item)) {
                missing.add(item);
            }
        }
        return List.copyOf(missing);
    }

    public boolean isComplete() {
        return missing().isEmpty();
    }
}
