package cn.procuratorate.wages.common.problem;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.procuratorate.wages.common.config.CommonWebAutoConfiguration;
import cn.procuratorate.wages.common.security.ResourceServerAutoConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The errors no domain endpoint of the platform issue raises yet, answered as problems a client can act on. */
@WebMvcTest(ProblemDetailsHandlerTest.FailingController.class)
@ContextConfiguration(classes = ProblemDetailsHandlerTest.FailingController.class)
// With the platform's security as the services have it: these paths are outside /api/**, so open.
@ImportAutoConfiguration({CommonWebAutoConfiguration.class, ResourceServerAutoConfiguration.class,
        SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class})
class ProblemDetailsHandlerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aStaleVersionIsAConflictThatTellsTheClerkToReload() throws Exception {
        mvc.perform(get("/stale"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:problem-type:conflict"))
                .andExpect(jsonPath("$.title").value("操作冲突"))
                .andExpect(jsonPath("$.detail").value("数据已被他人修改，请刷新后重试。"));
    }

    @Test
    void aDuplicateIsAConflictInEnglishWhenAsked() throws Exception {
        mvc.perform(get("/duplicate").header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Conflict"))
                .andExpect(jsonPath("$.detail").value("The same record already exists."));
    }

    @Test
    void aDatabaseOutageIs503WithRetryAfterAndSaysNothingWasSaved() throws Exception {
        mvc.perform(get("/database-down"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.type").value("urn:problem-type:service-unavailable"))
                .andExpect(jsonPath("$.detail").value("数据库暂时不可用，本次操作未生效，请稍后重试。"));
    }

    @Test
    void anUnexpectedErrorHidesItsInternalsButGivesTheRequestId() throws Exception {
        mvc.perform(get("/bug").header("X-Request-Id", "req-bug-000001"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("urn:problem-type:internal"))
                .andExpect(jsonPath("$.requestId").value("req-bug-000001"))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("secret-internal-state"))));
    }

    @Test
    void aDependencyThatIsDownIsNamed() throws Exception {
        mvc.perform(get("/dependency-down").header("Accept-Language", "en-GB"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.service").value("case-service"))
                .andExpect(jsonPath("$.detail").value("The service case-service is unavailable; nothing was done. Try again later."));
    }

    @Test
    void anUnsupportedLanguageFallsBackToChinese() throws Exception {
        mvc.perform(get("/missing").header("Accept-Language", "fr-FR"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("未找到案件：42"));
    }

    @RestController
    static class FailingController {

        @GetMapping("/stale")
        void stale() {
            throw new OptimisticLockingFailureException("version 3 expected");
        }

        @GetMapping("/duplicate")
        void duplicate() {
            throw new DuplicateKeyException("E11000");
        }

        @GetMapping("/database-down")
        void databaseDown() {
            throw new DataAccessResourceFailureException("timed out");
        }

        @GetMapping("/bug")
        void bug() {
            throw new IllegalStateException("secret-internal-state");
        }

        @GetMapping("/dependency-down")
        void dependencyDown() {
            throw new DependencyUnavailableException("case-service", new java.net.ConnectException());
        }

        @GetMapping("/missing")
        void missing() {
            throw new NotFoundException("案件", 42);
        }
    }
}
