package cn.procuratorate.wages.outreach.campaign;

/** Whom a legal publicity campaign speaks to. */
public enum Audience {
    EMPLOYERS, WORKERS, BOTH
}
