package cn.procuratorate.wages.cases.workflow;

import java.time.LocalDate;

/** The support opinion (支持起诉意见书) as issued. */
public record SupportOpinion(LocalDate issuedOn, String issuedBy, String note) {
}
