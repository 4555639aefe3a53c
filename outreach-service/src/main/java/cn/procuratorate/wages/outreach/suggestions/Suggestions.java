package cn.procuratorate.wages.outreach.suggestions;

import cn.procuratorate.wages.common.problem.ApiException;
import cn.procuratorate.wages.common.problem.NotFoundException;
import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.common.security.Role;
import cn.procuratorate.wages.common.security.UnitScope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * What staff and services do with procuratorial suggestions: draft (also from detected problems, in one call),
 * edit, issue, record replies and rectification, escalate, close. Every change is checked against the version the
 * caller saw, applied by {@link SuggestionWorkflow}, recorded in the timeline and written as one version-checked
 * document.
 */
@Service
public class Suggestions {

    /** Due dates are calendar days of China, whatever the server's zone. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final SuggestionStore store;
    private final SuggestionWorkflow workflow;
    private final JsonMapper json;
    private final Clock clock;

    Suggestions(SuggestionStore store, SuggestionWorkflow workflow, JsonMapper json, Clock clock) {
        this.store = store;
        this.workflow = workflow;
        this.json = json;
        this.clock = clock;
    }

    /** {@code created} is false when an earlier call with the same Idempotency-Key had drafted it. */
    public record Drafted(Suggestion suggestion, boolean created) {
    }

    /**
     * A new draft in the caller's unit (a service names it). With an Idempotency-Key, a repeated call answers with
     * the draft the first one made, and the same key with another draft is refused (422).
     */
    public Drafted draft(SuggestionContent content, String requestedUnit, String idempotencyKey, Caller caller) {
        String unit = UnitScope.forWrite(caller, requestedUnit);
        String key = idempotencyKey == null ? null : unit + ":" + idempotencyKey;
        String fingerprint = key == null ? null : fingerprint(content);
        if (key != null) {
            Optional<Suggestion> earlier = store.findByCreationKey(key);
            if (earlier.isPresent()) {
                return new Drafted(sameDraft(earlier.get(), fingerprint), false);
            }
        }
        Suggestion draft = new Suggestion(unit, content, workflow.start(), key, fingerprint,
                entry(caller, "DRAFT", "起草" + content.kind().label(), null));
        try {
            return new Drafted(store.insert(draft), true);
        } catch (DuplicateKeyException sameKeyAtOnce) {
            return store.findByCreationKey(key).map(earlier -> new Drafted(sameDraft(earlier, fingerprint), false))
                    .orElseThrow(() -> sameKeyAtOnce);
        }
    }

    public Suggestion find(String id, Caller caller) {
        return store.find(id, UnitScope.readable(caller)).orElseThrow(() -> new NotFoundException("suggestion", id));
    }

    public Suggestion edit(String id, long expectedVersion, SuggestionContent content, Caller caller) {
        return change(id, expectedVersion, caller, suggestion -> {
            workflow.requireEditable(suggestion.progress());
            suggestion.edit(content);
            suggestion.record(entry(caller, SuggestionAction.EDIT.name(), "修改草稿", null));
            return suggestion.progress();
        });
    }

    public Suggestion issue(String id, long expectedVersion, Issuing order, Caller caller) {
        return change(id, expectedVersion, caller, suggestion -> {
            SuggestionProgress issued = workflow.issue(suggestion.progress(), suggestion.content(), order, today());
            Issue issue = issued.issue();
            suggestion.record(entry(caller, SuggestionAction.ISSUE.name(), "制发" + suggestion.content().kind().label()
                    + "（" + issue.delivery().label() + "，" + (issue.urgent() ? "紧急，" : "") + "回复期限至 "
                    + issue.replyDueOn() + "）", null));
            return issued;
        });
    }

    public Suggestion reply(String id, long expectedVersion, Reply reply, Caller caller) {
        return change(id, expectedVersion, caller, suggestion -> {
            SuggestionProgress replied = workflow.reply(suggestion.progress(), reply, today());
            suggestion.record(entry(caller, SuggestionAction.RECORD_REPLY.name(), "登记回复（"
                    + reply.adoption().label() + "，" + reply.receivedOn() + " 收到）", null));
            return replied;
        });
    }

    public Suggestion rectify(String id, long expectedVersion, Rectification rectification, Caller caller) {
        return change(id, expectedVersion, caller, suggestion -> {
            SuggestionProgress rectified = workflow.rectify(suggestion.progress(), rectification, today());
            suggestion.record(entry(caller, SuggestionAction.RECORD_RECTIFICATION.name(), "登记整改情况（"
                    + rectification.completedOn() + " 完成）", null));
            return rectified;
        });
    }

    public Suggestion escalate(String id, long expectedVersion, LocalDate day, Escalation.Target target,
            String toWhom, String reason, Caller caller) {
        return change(id, expectedVersion, caller, suggestion -> {
            SuggestionProgress escalated = workflow.escalate(suggestion.progress(), day, target, toWhom, reason,
                    caller.subject(), today());
            Escalation escalation = escalated.escalations().get(escalated.escalations().size() - 1);
            suggestion.record(entry(caller, SuggestionAction.ESCALATE.name(), "报告或通报" + target.label() + "："
                    + toWhom + "（" + escalation.ground().label() + "）", reason));
            return escalated;
        });
    }

    public Suggestion close(String id, long expectedVersion, String note, Caller caller) {
        return change(id, expectedVersion, caller, suggestion -> {
            SuggestionProgress closed = workflow.close(suggestion.progress(), note, today());
            suggestion.record(entry(caller, SuggestionAction.CLOSE.name(), "结案", note));
            return closed;
        });
    }

    public Suggestion withdraw(String id, long expectedVersion, String note, Caller caller) {
        return change(id, expectedVersion, caller, suggestion -> {
            SuggestionProgress withdrawn = workflow.withdraw(suggestion.progress(), note, today());
            suggestion.record(entry(caller, SuggestionAction.WITHDRAW.name(), "撤回草稿", note));
            return withdrawn;
        });
    }

    /**
     * What this caller may do now, in the order of {@link SuggestionAction}: the workflow's steps, less those
     * reserved to a supervisor. Clerks take no step, nor do services (which only draft).
     */
    public Set<SuggestionAction> allowed(Suggestion suggestion, Caller caller) {
        Set<SuggestionAction> allowed = EnumSet.noneOf(SuggestionAction.class);
        if (caller.hasRole(Role.PROCURATOR) || caller.hasRole(Role.SUPERVISOR)) {
            workflow.allowed(suggestion.progress(), suggestion.content(), today()).stream()
                    .filter(action -> !action.supervisorOnly() || caller.hasRole(Role.SUPERVISOR))
                    .forEach(allowed::add);
        }
        return allowed;
    }

    public Optional<Escalation.Ground> escalationGround(Suggestion suggestion) {
        return workflow.escalationGround(suggestion.progress(), today());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    /**
     * Finds the suggestion at the version the caller saw and lets {@code step} change it: the step answers the new
     * progress (or throws the workflow's refusal, and nothing is written), the stored copies follow it.
     */
    private Suggestion change(String id, long expectedVersion, Caller caller,
            Function<Suggestion, SuggestionProgress> step) {
        Suggestion suggestion = find(id, caller);
        if (suggestion.version() == null || suggestion.version() != expectedVersion) {
            throw new ApiException(ProblemKind.CONFLICT, "problem.detail.stale-version")
                    .with("currentVersion", suggestion.version());
        }
        try {
            suggestion.moveTo(step.apply(suggestion));
        } catch (SuggestionRefused refused) {
            throw problem(refused);
        }
        return store.save(suggestion);
    }

    /** 409 or 422 with the stable rule code; stages and actions named in the caller's language. */
    private static ApiException problem(SuggestionRefused refused) {
        Object[] args = refused.args().stream().map(Suggestions::wording).toArray();
        return new ApiException(refused.rule().conflict() ? ProblemKind.CONFLICT : ProblemKind.RULE_VIOLATION,
                refused, "refused." + refused.rule().code(), args).with("rule", refused.rule().code());
    }

    private static Object wording(Object arg) {
        if (arg instanceof SuggestionStage stage) {
            return new DefaultMessageSourceResolvable(new String[] {"suggestion.stage." + stage.name()}, stage.label());
        }
        if (arg instanceof SuggestionAction action) {
            return new DefaultMessageSourceResolvable(new String[] {"suggestion.action." + action.name()},
                    action.label());
        }
        return String.valueOf(arg);
    }

    /** The same key with another draft must not answer with the first one as if it were this one's. */
    private Suggestion sameDraft(Suggestion earlier, String fingerprint) {
        if (!fingerprint.equals(earlier.creationFingerprint())) {
            throw new ApiException(ProblemKind.RULE_VIOLATION, "suggestion.detail.idempotency-key-reused")
                    .with("rule", "suggestion.idempotency-key-reused");
        }
        return earlier;
    }

    private String fingerprint(SuggestionContent content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(content).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private TimelineEntry entry(Caller caller, String action, String summary, String reason) {
        String role = Stream.of(Role.SUPERVISOR, Role.PROCURATOR, Role.CLERK, Role.SERVICE).filter(caller::hasRole)
                .findFirst().map(Role::name).orElse(null);
        return new TimelineEntry(Instant.now(clock), caller.subject(), role, action, summary, reason);
    }
}
