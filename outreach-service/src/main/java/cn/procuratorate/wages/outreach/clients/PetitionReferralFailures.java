package cn.procuratorate.wages.outreach.clients;

import cn.procuratorate.wages.common.remote.RemoteCallFailures;
import feign.FeignException;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.cloud.openfeign.FallbackFactory;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a fallback that drops the clue: a refusal (4xx) becomes {@link ReferralRefused}, anything else means
 * petition-service is unavailable (503), and the clue stays pending for a later attempt.
 */
@Component
class PetitionReferralFailures implements FallbackFactory<PetitionReferralClient> {

    /** 4xx answers that say "not now" rather than "no": our token, a timeout at its edge, its rate limit. */
    private static final Set<Integer> TRANSIENT_REFUSALS = Set.of(401, 408, 429);
    /** Enough of petition-service's explanation for the agency; its problem bodies are short. */
    private static final int MAX_DETAIL = 500;

    private final JsonMapper json;

    PetitionReferralFailures(JsonMapper json) {
        this.json = json;
    }

    @Override
    public PetitionReferralClient create(Throwable cause) {
        FeignException refusal = RemoteCallFailures.clientError(cause).orElse(null);
        boolean transientFailure = refusal == null || TRANSIENT_REFUSALS.contains(refusal.status());
        return new PetitionReferralClient() {

            @Override
            public ReferralReceipt refer(String bearer, Referral referral) {
                if (transientFailure) {
                    throw RemoteCallFailures.unavailable(SERVICE, cause);
                }
                throw new ReferralRefused(refusal.status(), detailOf(refusal), refusal);
            }

            @Override
            public List<ReferralStatus> statuses(String bearer, List<String> petitionIds) {
                throw transientFailure ? RemoteCallFailures.unavailable(SERVICE, cause)
                        : RemoteCallFailures.refused(SERVICE, refusal);
            }
        };
    }

    /** The problem's detail and its field errors, in petition-service's default language. */
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
