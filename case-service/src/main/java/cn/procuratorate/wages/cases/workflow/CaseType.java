package cn.procuratorate.wages.cases.workflow;

/** The kinds of case the platform handles, each run by one {@link Workflow}. */
public enum CaseType {
    /** 拒不支付劳动报酬罪 (Criminal Law art. 276-1). */
    WAGE_CRIME("拒不支付劳动报酬案件", Workflow.CRIMINAL, EntryPoint.CRIMINAL_RECEIVED),
    /** 虚假诉讼: fabricated labour or service contracts in workers' names. */
    FALSE_LITIGATION("虚假诉讼监督案件", Workflow.FALSE_LITIGATION, EntryPoint.RISK_FLAG),
    /** 支持起诉 (Civil Procedure Law art. 15). */
    LAWSUIT_SUPPORT("支持起诉案件", Workflow.LAWSUIT_SUPPORT, EntryPoint.SUPPORT_REQUEST),
    /** 民事生效裁判监督: one application only. */
    CIVIL_JUDGMENT_SUPERVISION("民事生效裁判监督案件", Workflow.SUPERVISION, EntryPoint.SUPERVISION_APPLICATION),
    /** 行政生效裁判监督. */
    ADMINISTRATIVE_JUDGMENT_SUPERVISION("行政生效裁判监督案件", Workflow.SUPERVISION,
            EntryPoint.SUPERVISION_APPLICATION),
    /** 执行监督. */
    ENFORCEMENT_SUPERVISION("执行监督案件", Workflow.SUPERVISION, EntryPoint.SUPERVISION_APPLICATION);

    private final String label;
    private final Workflow workflow;
    private final EntryPoint defaultEntry;

    CaseType(String label, Workflow workflow, EntryPoint defaultEntry) {
        this.label = label;
        this.workflow = workflow;
        this.defaultEntry = defaultEntry;
    }

    public String label() {
        return label;
    }

    public Workflow workflow() {
        return workflow;
    }

    /** The entry point used when the caller names none. */
    public EntryPoint defaultEntry() {
        return defaultEntry;
    }
}
