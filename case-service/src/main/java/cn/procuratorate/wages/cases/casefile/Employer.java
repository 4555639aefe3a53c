package cn.procuratorate.wages.cases.casefile;

/** The employer a case is against; {@code creditCode} is a checked GB 32100-2015 code, absent for a 包工头. */
public record Employer(String name, String creditCode, EmployerKind kind) {
}
