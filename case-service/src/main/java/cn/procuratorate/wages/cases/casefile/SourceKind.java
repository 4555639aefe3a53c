package cn.procuratorate.wages.cases.casefile;

/** Where a case came from; the source's own id is kept beside it so it can be traced back. */
public enum SourceKind {
    PETITION,
    PARTNER_AGENCY,
    POLICE_TRANSFER,
    EX_OFFICIO
}
