package cn.procuratorate.wages.cases.assessment;

import java.util.Objects;

/**
 * The statutory numbers of the assessment, each in one place and replaceable by configuration
 * ({@code cases.assessment.*}).
 *
 * @param thresholds            the regional figures and the national range (法释〔2013〕3号 art. 3)
 * @param minMonthsOwed         one worker's arrears count when they cover at least this many months (art. 3 (1): 三个月以上)
 * @param minWorkers            the total counts when at least this many workers are owed (art. 3 (2): 十名以上)
 * @param sameDayRepayment      how a payment on the day of a milestone is read for leniency (art. 6)
 */
public record AssessmentRules(ProvincialThresholds thresholds, int minMonthsOwed, int minWorkers,
        SameDayRepayment sameDayRepayment) {

    /** 法释〔2013〕3号 art. 3 (1): 拒不支付一名劳动者三个月以上的劳动报酬. "以上" includes the number (Criminal Law 99). */
    public static final int MIN_MONTHS_OWED = 3;
    /** 法释〔2013〕3号 art. 3 (2): 拒不支付十名以上劳动者的劳动报酬. */
    public static final int MIN_WORKERS = 10;

    public AssessmentRules {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(sameDayRepayment, "sameDayRepayment");
        if (minMonthsOwed < 1 || minWorkers < 1) {
            throw new IllegalArgumentException("minMonthsOwed and minWorkers must be at least 1");
        }
    }

    public static AssessmentRules defaults() {
        return new AssessmentRules(ProvincialThresholds.defaults(), MIN_MONTHS_OWED, MIN_WORKERS,
                SameDayRepayment.COUNTS_AS_BEFORE);
    }

    public AssessmentRules withThresholds(ProvincialThresholds replacement) {
        return new AssessmentRules(replacement, minMonthsOwed, minWorkers, sameDayRepayment);
    }

    public AssessmentRules withSameDayRepayment(SameDayRepayment replacement) {
        return new AssessmentRules(thresholds, minMonthsOwed, minWorkers, replacement);
    }
}
