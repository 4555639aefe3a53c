package cn.procuratorate.wages.outreach;

import cn.procuratorate.wages.testing.CaseServiceCallerIT;
import cn.procuratorate.wages.testing.Downstream;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests of what outreach reads from both sources: case-service and petition-service played by WireMock
 * behind the real Feign clients, timeouts and breakers (each test starts both CLOSED).
 */
public abstract class StatisticsSourcesIT extends CaseServiceCallerIT {

    protected static final String PETITION_SERVICE_NAME = "petition-service";
    protected static final WireMockServer PETITION_SERVICE = Downstream.start();

    @DynamicPropertySource
    static void petitionService(DynamicPropertyRegistry registry) {
        registry.add("clients.petition-service.url", PETITION_SERVICE::baseUrl);
    }

    @BeforeEach
    void freshPetitionService() {
        PETITION_SERVICE.resetAll();
        breakers.circuitBreaker(PETITION_SERVICE_NAME).reset();
    }
}
