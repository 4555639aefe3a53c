package cn.procuratorate.wages.petitions.clients;

import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.remote.RemoteCallFailures;
import feign.FeignException;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a fallback that invents data: it turns a failed call into the error the caller should see. A 404 from
 * case-service means the linked case is gone; another 4xx is case-service's refusal, passed on with its status;
 * anything else means case-service is unavailable (503).
 */
@Component
class CaseServiceFailures implements FallbackFactory<CaseServiceClient> {

    /** 4xx answers that say "not now" rather than "no": our token, a timeout at its edge, its rate limit. */
    private static final Set<Integer> TRANSIENT_REFUSALS = Set.of(401, 408, 429);
    /** Enough of case-service's explanation for the clerk; its problem bodies are short. */
    private static final int MAX_DETAIL = 500;

    private final JsonMapper json;

    CaseServiceFailures(JsonMapper json) {
        this.json = json;
    }

    @Override
    public CaseServiceClient create(Throwable cause) {
        FeignException refusal = RemoteCallFailures.clientError(cause).orElse(null);
        return new CaseServiceClient() {

            @Override
            public LinkedCase getCase(String id) {
                if (refusal == null) {
                    throw RemoteCallFailures.unavailable(SERVICE, cause);
                }
                if (refusal.status() == 404) {
                    throw new NotFoundException("case", id);
                }
                throw RemoteCallFailures.refused(SERVICE, refusal);
            }

            @Override
            public CreatedCase createFromPetition(String petitionId, NewCase body) {
                if (refusal == null || TRANSIENT_REFUSALS.contains(refusal.status())) {
                    throw RemoteCallFailures.unavailable(SERVICE, cause);
                }
                throw new CaseRefused(refusal.status(), detailOf(refusal), refusal);
            }
        };
    }

    /** The problem's detail and its field errors (names and messages; case-service never quotes rejected values). */
    private String detailOf(FeignException refusal) {
        String fallback = "HTTP " + refusal.status();
        try {
            JsonNode problem = json.readTree(refusal.contentUTF8());
            StringJoiner detail = new StringJoiner("；");
            detail.add(problem.path("detail").asString(fallback));
            for (JsonNode error : problem.path("errors")) {
                detail.add(error.path("field").asString("") + "：" + error.path("message").asString(""));
            }
            String text = detail.toString();
            return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
        } catch (JacksonException | IllegalArgumentException notAProblem) {
            return fallback;
        }
    }
}
