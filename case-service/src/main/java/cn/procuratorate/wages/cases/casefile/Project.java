package cn.procuratorate.wages.cases.casefile;

/**
 * The construction project behind a case, when there is one: under 保障农民工工资支付条例 the general contractor
 * answers for a defaulting subcontractor's wages, so it is recorded with its credit code.
 */
public record Project(String name, String generalContractorName, String generalContractorCreditCode) {
}
