package cn.procuratorate.wages.cases.demo;

import cn.procuratorate.wages.cases.demo.PlannedCase.PlannedWorker;
import cn.procuratorate.wages.cases.workflow.CaseType;
import java.util.List;

/** What a history needs to know of its case: the amounts it may pay back, who may pay, where it is heard. */
record CaseDraft(CaseType type, List<PlannedWorker> workers, boolean hasGeneralContractor, String district) {
}
