package cn.procuratorate.wages.cases.risk;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Objects;

/**
 * The numbers of {@link FalseLitigationRisk}, replaceable by configuration ({@code cases.risk.*}). They are not set by
 * law: they are starting points to tune against the cases the procuratorates find (SPP notice of December 2021, item 2:
 * punish false litigation fabricating labour contracts in workers' names; 保障农民工工资支付条例 art. 52: fabricated
 * wage claims are sanctioned).
 *
 * @param manyEmployersMin             distinct employers (counting the subject's) one claimant must claim against
 * @param manyEmployersWindow          within this period (a window of this length that contains the subject's day;
 *                                     both ends inclusive)
 * @param identicalAmountsMinClaimants claimants a case must have before identical amounts are looked at
 * @param identicalAmountsMinShare     share of the claimants (0–1) claiming one same amount
 * @param manyEmployersWeight          score of {@link RiskFlagKind#SAME_CLAIMANT_MANY_EMPLOYERS}
 * @param identicalAmountsWeight       score of {@link RiskFlagKind#IDENTICAL_AMOUNTS}
 * @param notOnRosterWeight            score of {@link RiskFlagKind#NOT_ON_ROSTER}
 * @param mediumFrom                   lowest score of {@link RiskLevel#MEDIUM}
 * @param highFrom                     lowest score of {@link RiskLevel#HIGH}
 * @param maxScore                     the cap of the score
 */
public record RiskThresholds(int manyEmployersMin, Period manyEmployersWindow, int identicalAmountsMinClaimants,
        BigDecimal identicalAmountsMinShare, int manyEmployersWeight, int identicalAmountsWeight,
        int notOnRosterWeight, int mediumFrom, int highFrom, int maxScore) {

    /** Three or more employers (design choice: two successive jobs in a year are common among migrant workers). */
    public static final int MANY_EMPLOYERS_MIN = 3;
    public static final Period MANY_EMPLOYERS_WINDOW = Period.ofMonths(12);
    public static final int IDENTICAL_AMOUNTS_MIN_CLAIMANTS = 5;
    public static final BigDecimal IDENTICAL_AMOUNTS_MIN_SHARE = new BigDecimal("0.80");
    /** Weights and levels: any one flag makes a case MEDIUM, two make it HIGH. */
    public static final int MANY_EMPLOYERS_WEIGHT = 40;
    public static final int IDENTICAL_AMOUNTS_WEIGHT = 30;
    public static final int NOT_ON_ROSTER_WEIGHT = 40;
    public static final int MEDIUM_FROM = 30;
    public static final int HIGH_FROM = 60;
    public static final int MAX_SCORE = 100;

    public RiskThresholds {
        Objects.requireNonNull(manyEmployersWindow, "manyEmployersWindow");
        Objects.requireNonNull(identicalAmountsMinShare, "identicalAmountsMinShare");
        if (manyEmployersMin < 2) {
            throw new IllegalArgumentException("manyEmployersMin must be at least 2");
        }
        if (manyEmployersWindow.isNegative() || manyEmployersWindow.isZero()) {
            throw new IllegalArgumentException("manyEmployersWindow must be positive");
        }
        if (identicalAmountsMinClaimants < 2) {
            throw new IllegalArgumentException("identicalAmountsMinClaimants must be at least 2");
        }
        if (identicalAmountsMinShare.signum() <= 0 || identicalAmountsMinShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("identicalAmountsMinShare must lie in (0, 1]");
        }
        if (manyEmployersWeight < 0 || identicalAmountsWeight < 0 || notOnRosterWeight < 0) {
            throw new IllegalArgumentException("Weights must not be negative");
        }
        if (mediumFrom < 1 || highFrom < mediumFrom || maxScore < highFrom) {
            throw new IllegalArgumentException("Levels must satisfy 1 <= mediumFrom <= highFrom <= maxScore");
        }
    }

    public static RiskThresholds defaults() {
        return new RiskThresholds(MANY_EMPLOYERS_MIN, MANY_EMPLOYERS_WINDOW, IDENTICAL_AMOUNTS_MIN_CLAIMANTS,
                IDENTICAL_AMOUNTS_MIN_SHARE, MANY_EMPLOYERS_WEIGHT, IDENTICAL_AMOUNTS_WEIGHT, NOT_ON_ROSTER_WEIGHT,
                MEDIUM_FROM, HIGH_FROM, MAX_SCORE);
    }

    public int weightOf(RiskFlagKind kind) {
        return switch (kind) {
            case SAME_CLAIMANT_MANY_EMPLOYERS -> manyEmployersWeight;
            case IDENTICAL_AMOUNTS -> identicalAmountsWeight;
            case NOT_ON_ROSTER -> notOnRosterWeight;
        };
    }

    public RiskLevel levelOf(int score) {
        return score >= highFrom ? RiskLevel.HIGH : score >= mediumFrom ? RiskLevel.MEDIUM : RiskLevel.LOW;
    }
}
