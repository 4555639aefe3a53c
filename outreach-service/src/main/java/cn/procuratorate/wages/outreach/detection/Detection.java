package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient.CaseStatistics;
import cn.procuratorate.wages.outreach.clients.PetitionStatisticsClient.PetitionStatistics;
import cn.procuratorate.wages.outreach.detection.DetectionInputs.CaseFigures;
import cn.procuratorate.wages.outreach.detection.DetectionInputs.PetitionFigures;
import cn.procuratorate.wages.outreach.detection.RisingArrears.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Runs every rule over what the sources gave. A rule runs on whatever of its sources could be read (its findings say
 * which: {@link Finding#countedFrom()}); a rule none of whose sources could be read does not run and is named.
 */
final class Detection {

    private final RepeatEmployers repeatEmployers;
    private final RisingArrears risingArrears;
    private final ContractorConcentration contractorConcentration;
    private final SeasonalSurge seasonalSurge;

    Detection(DetectionSettings settings) {
        this.repeatEmployers = new RepeatEmployers(settings.repeatEmployers());
        this.risingArrears = new RisingArrears(settings.risingArrears());
        this.contractorConcentration = new ContractorConcentration(settings.contractorConcentration());
        this.seasonalSurge = new SeasonalSurge(settings.seasonalSurge());
    }

    /** @param notRun the kinds none of whose sources could be read */
    record Detected(List<Finding> findings, List<FindingKind> notRun) {
    }

    Detected run(DetectionInputs inputs) {
        RuleContext context = new RuleContext(inputs.scope(), inputs.sourcesRead());
        Optional<CaseFigures> cases = inputs.cases().result();
        Optional<PetitionFigures> petitions = inputs.petitions().result();
        List<Finding> findings = new ArrayList<>();
        List<FindingKind> notRun = new ArrayList<>();
        for (FindingKind kind : FindingKind.values()) {
            if (kind.sources().stream().noneMatch(context::read)) {
                notRun.add(kind);
                continue;
            }
            findings.addAll(switch (kind) {
                case REPEAT_EMPLOYER -> repeatEmployers.find(
                        tallies(cases, CaseFigures::employers, petitions, PetitionFigures::employers), context);
                case RISING_ARREARS -> rising(cases, petitions, context);
                case CONTRACTOR_CONCENTRATION -> contractorConcentration.find(cases.orElseThrow().contractors(),
                        context);
                case SEASONAL_SURGE -> seasonalSurge.find(
                        tallies(cases, CaseFigures::months, petitions, PetitionFigures::months), context);
            });
        }
        return new Detected(findings, notRun);
    }

    private List<Finding> rising(Optional<CaseFigures> cases, Optional<PetitionFigures> petitions,
            RuleContext context) {
        List<Finding> findings = new ArrayList<>(risingArrears.find(Dimension.INDUSTRY,
                tallies(cases, CaseFigures::industriesInQuarter, petitions, PetitionFigures::industriesInQuarter),
                tallies(cases, CaseFigures::industriesBefore, petitions, PetitionFigures::industriesBefore), context));
        findings.addAll(risingArrears.find(Dimension.REGION,
                tallies(cases, CaseFigures::regionsInQuarter, petitions, PetitionFigures::regionsInQuarter),
                tallies(cases, CaseFigures::regionsBefore, petitions, PetitionFigures::regionsBefore), context));
        return findings;
    }

    private static Tallies tallies(Optional<CaseFigures> cases, Function<CaseFigures, CaseStatistics> caseAnswer,
            Optional<PetitionFigures> petitions, Function<PetitionFigures, PetitionStatistics> petitionAnswer) {
        return Tallies.of(cases.map(caseAnswer), petitions.map(petitionAnswer));
    }
}
