package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient.CaseStatistics;
import cn.procuratorate.wages.outreach.clients.PetitionStatisticsClient.PetitionStatistics;
import java.util.ArrayList;
import java.util.List;

/**
 * Every statistics answer the rules read, per source: over the period (employers, contractors, months), and over
 * its last quarter and the four quarters before it (industries, regions). A source is read whole or not at all.
 */
record DetectionInputs(DetectionScope scope, SourceRead<CaseFigures> cases, SourceRead<PetitionFigures> petitions) {

    record CaseFigures(CaseStatistics employers, CaseStatistics contractors, CaseStatistics months,
            CaseStatistics industriesInQuarter, CaseStatistics industriesBefore, CaseStatistics regionsInQuarter,
            CaseStatistics regionsBefore) {
    }

    record PetitionFigures(PetitionStatistics employers, PetitionStatistics months,
            PetitionStatistics industriesInQuarter, PetitionStatistics industriesBefore,
            PetitionStatistics regionsInQuarter, PetitionStatistics regionsBefore) {
    }

    List<Source> sourcesRead() {
        List<Source> read = new ArrayList<>();
        cases.result().ifPresent(figures -> read.add(Source.CASES));
        petitions.result().ifPresent(figures -> read.add(Source.PETITIONS));
        return read;
    }
}
