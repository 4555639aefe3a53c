package cn.procuratorate.wages.outreach.detection;

/** The figures behind a finding, one shape per kind, each with the thresholds it was held against. */
public sealed interface FindingFigures permits RepeatEmployers.Figures, RisingArrears.Figures,
        ContractorConcentration.Figures, SeasonalSurge.Figures {
}
