package cn.procuratorate.wages.petitions.petition;

/** How a petition reached the procuratorate. */
public enum Channel {
    LETTER, VISIT, HOTLINE_12309, ONLINE, PARTNER_REFERRAL
}
