package cn.procuratorate.wages.cases.demo;

import cn.procuratorate.wages.cases.workflow.Stage;

/** How a case of one workflow reaches each of its stages, through the transitions its rules allow. */
interface Histories {

    /** A history that leaves the case in {@code target} today. */
    History towards(Stage target, CaseDraft draft);
}
