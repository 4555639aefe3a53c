package cn.procuratorate.wages.outreach.detection;

import java.util.Objects;

/** The thresholds of every rule ({@code outreach.detection.*}, see {@link DetectionConfiguration}). */
record DetectionSettings(RepeatEmployers.Settings repeatEmployers, RisingArrears.Settings risingArrears,
        ContractorConcentration.Settings contractorConcentration, SeasonalSurge.Settings seasonalSurge) {

    DetectionSettings {
        Objects.requireNonNull(repeatEmployers, "repeatEmployers");
        Objects.requireNonNull(risingArrears, "risingArrears");
        Objects.requireNonNull(contractorConcentration, "contractorConcentration");
        Objects.requireNonNull(seasonalSurge, "seasonalSurge");
    }

    static DetectionSettings defaults() {
        return new DetectionSettings(RepeatEmployers.Settings.defaults(), RisingArrears.Settings.defaults(),
                ContractorConcentration.Settings.defaults(), SeasonalSurge.Settings.defaults());
    }
}
