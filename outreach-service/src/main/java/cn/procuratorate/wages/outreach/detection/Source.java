package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.outreach.clients.CaseStatisticsClient;
import cn.procuratorate.wages.outreach.clients.PetitionStatisticsClient;

/** Where the figures come from: the two services whose statistics the detection reads. */
public enum Source {
    CASES(CaseStatisticsClient.SERVICE),
    PETITIONS(PetitionStatisticsClient.SERVICE);

    private final String service;

    Source(String service) {
        this.service = service;
    }

    /** The service that answers for this source. */
    public String service() {
        return service;
    }
}
