package cn.procuratorate.wages.petitions.rules;

/** How soon a petition is to be handled; a lower {@link #sortRank()} comes first in a work list. */
public enum PriorityLevel {
    URGENT(1, "紧急"),
    PRIORITY(2, "优先"),
    NORMAL(3, "一般");

    private final int sortRank;
    private final String label;

    PriorityLevel(int sortRank, String label) {
        this.sortRank = sortRank;
        this.label = label;
    }

    public int sortRank() {
        return sortRank;
    }

    public String label() {
        return label;
    }

    /** The more pressing of the two. */
    public PriorityLevel atLeast(PriorityLevel other) {
        return other.sortRank < sortRank ? other : this;
    }
}
