package cn.procuratorate.wages.cases.assessment;

/**
 * How a payment dated the same day as a milestone (filing, prosecution, first-instance verdict) is read: the dates
 * carry no time of day, so the records do not say which came first.
 */
public enum SameDayRepayment {
    /** As paid before the milestone: doubt resolved in favour of the accused (存疑有利于被告人). The default. */
    COUNTS_AS_BEFORE,
    /** As paid after the milestone. */
    COUNTS_AS_AFTER
}
