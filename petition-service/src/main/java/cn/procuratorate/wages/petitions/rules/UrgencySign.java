package cn.procuratorate.wages.petitions.rules;

/**
 * A sign of urgency the clerk records on a petition. The first three follow the "serious consequences" of refusing to
 * pay wages in 法释〔2013〕3号 第五条 (劳动者或其被扶养人生活困难、因病无法及时医治; 对要求支付劳动报酬的劳动者使用暴力或进行暴力威胁);
 * {@link #EXTREME_ACTION_RISK} is the risk, common in wage disputes, that workers harm themselves or others, or block
 * roads or sites, to be paid.
 */
public enum UrgencySign {
    /** Violence or threats against workers asking for their pay. */
    VIOLENCE_OR_THREATS,
    /** A worker's or a dependant's basic living is at stake. */
    BASIC_LIVING_AT_STAKE,
    /** A worker or a dependant has a major illness that goes untreated for want of the wages. */
    MAJOR_ILLNESS,
    /** Threats of self-harm, of blocking roads or sites, or of other extreme action. */
    EXTREME_ACTION_RISK,
    /** Another sign the clerk judged urgent (e.g. a child out of school): described in the petition. */
    OTHER
}
