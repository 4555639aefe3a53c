package cn.procuratorate.wages.cases.casefile;

/** Who owes the wages; a 包工头 has no licence and usually no credit code, yet can be liable (DOMAIN.md). */
public enum EmployerKind {
    COMPANY,
    INDIVIDUAL_BUSINESS,
    UNLICENSED_CONTRACTOR
}
