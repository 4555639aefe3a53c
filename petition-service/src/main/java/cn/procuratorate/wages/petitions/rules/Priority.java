package cn.procuratorate.wages.petitions.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The outcome of {@link PriorityRules#assess}: a level, the reasons for it (most pressing first; may include a reason
 * that only informs, such as {@link PriorityReason#SPRING_FESTIVAL_UNKNOWN}) and a sort rank (lower first).
 */
public record Priority(PriorityLevel level, List<PriorityReason> reasons) {

    public Priority {
        Objects.requireNonNull(level, "level");
        reasons = List.copyOf(reasons);
    }

    /** Lower first: {@link PriorityLevel#URGENT} before {@link PriorityLevel#PRIORITY} before {@link PriorityLevel#NORMAL}. */
    public int sortRank() {
        return level.sortRank();
    }

    /** Whether the petition is marked priority (either {@link PriorityLevel#URGENT} or {@link PriorityLevel#PRIORITY}). */
    public boolean isPriority() {
        return level != PriorityLevel.NORMAL;
    }

    /**
     * The order of a work list: by sort rank, then by due date (earliest first, none last), so urgent petitions come
     * first and, within a level, the one whose reply is due soonest.
     */
    public static <T> Comparator<T> worklistOrder(Function<T, Priority> priority, Function<T, LocalDate> dueOn) {
        return Comparator.<T>comparingInt(item -> priority.apply(item).sortRank())
                .thenComparing(dueOn, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
