package cn.procuratorate.wages.cases.assessment;

/** What the recorded facts show about a condition. */
public enum Finding {
    MET,
    NOT_MET,
    /** The facts do not decide it, e.g. an amount between the two ends of the national range. */
    UNDETERMINED;

    /** All of them met: MET; any not met: NOT_MET; otherwise UNDETERMINED. */
    static Finding all(Iterable<Finding> findings) {
        boolean undetermined = false;
        for (Finding finding : findings) {
            if (finding == NOT_MET) {
                return NOT_MET;
            }
            undetermined |= finding == UNDETERMINED;
        }
        return undetermined ? UNDETERMINED : MET;
    }

    /** Any of them met: MET; all not met: NOT_MET; otherwise UNDETERMINED. */
    static Finding any(Iterable<Finding> findings) {
        boolean undetermined = false;
        for (Finding finding : findings) {
            if (finding == MET) {
                return MET;
            }
            undetermined |= finding == UNDETERMINED;
        }
        return undetermined ? UNDETERMINED : NOT_MET;
    }
}
