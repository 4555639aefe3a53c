package cn.procuratorate.wages.console.desk;

import cn.procuratorate.wages.console.gateway.ApiPage;
import cn.procuratorate.wages.console.gateway.GatewayClient;
import cn.procuratorate.wages.console.gateway.GatewayException;
import cn.procuratorate.wages.console.web.ApiLabels;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * My desk ({@code /console}, the staff home): everything overdue or falling due within 7 days across cases (the
 * current stage's due date), petitions (the reply owed) and procuratorial suggestions (the recipient's reply), most
 * urgent first, each a click away. Each service is asked for its overdue and its due-soon items (the filters the
 * APIs have); a source that fails is named above the list, the others still show. A source the user's role may
 * not read (403) is left out without a word.
 */
@Controller
class DeskController {

    static final int DUE_WITHIN_DAYS = 7;
    private static final int SIZE = 50;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** One line of the desk. {@code kind}: case, petition, suggestion. */
    record DeskItem(String kind, String title, String detail, LocalDate dueOn, long daysLeft, String href) {
    }

    record DeskCase(String id, String caseNumber, String title, String stage, String stageLabel, LocalDate dueOn, Long daysLeft,
            String employerName) {
    }

    record ReplyDue(LocalDate due, LocalDate sentOn) {
    }

    record DeskPetition(String id, String channel, String channelLabel, String petitionerName, String summary, String stage,
            ReplyDue proceduralReply, ReplyDue resultReply) {

        /** The reply owed first, or null (the same rule as the petition pages). */
        ReplyDue owed() {
            if ("CLOSED".equals(stage)) {
                return null;
            }
            if (proceduralReply != null && proceduralReply.sentOn() == null) {
                return proceduralReply;
            }
            return resultReply != null && resultReply.sentOn() == null ? resultReply : null;
        }
    }

    record Recipient(String name) {
    }

    record Issue(String documentNumber, LocalDate replyDueOn) {
    }

    record DeskSuggestion(String id, String kind, String kindLabel, Recipient recipient, Issue issue, Long daysUntilReplyDue) {
    }

    private final GatewayClient gateway;
    private final ApiLabels labels;

    DeskController(GatewayClient gateway, ApiLabels labels) {
        this.gateway = gateway;
        this.labels = labels;
    }

    @GetMapping({"/console", "/console/"})
    String desk(Model model) {
        LocalDate today = LocalDate.now(CHINA);
        Map<String, GatewayException> problems = new LinkedHashMap<>();
        Map<String, DeskItem> items = new LinkedHashMap<>();   // by href: overdue and due-soon answers may overlap

        for (DeskCase c : both("cases", "/api/cases", DeskCase.class, problems)) {
            if (c.dueOn() != null) {
                long days = c.daysLeft() == null ? ChronoUnit.DAYS.between(today, c.dueOn()) : c.daysLeft();
                add(items, new DeskItem("case", c.caseNumber() + " · " + c.title(),
                        labels.of("case-stage", c.stage(), c.stageLabel()) + (c.employerName() == null ? "" : " · " + c.employerName()), c.dueOn(), days,
                        "/console/cases/" + c.id()));
            }
        }
        for (DeskPetition p : both("petitions", "/api/petitions", DeskPetition.class, problems)) {
            ReplyDue owed = p.owed();
            if (owed != null && owed.due() != null) {
                add(items, new DeskItem("petition",
                        labels.of("petition-channel", p.channel(), p.channelLabel()) + " · " + p.petitionerName(),
                        abbreviate(p.summary()), owed.due(), ChronoUnit.DAYS.between(today, owed.due()),
                        "/console/petitions/" + p.id()));
            }
        }
        for (DeskSuggestion s : both("suggestions", "/api/outreach/suggestions", DeskSuggestion.class, problems)) {
            if (s.issue() != null && s.issue().replyDueOn() != null) {
                LocalDate due = s.issue().replyDueOn();
                add(items, new DeskItem("suggestion",
                        labels.of("suggestion-kind", s.kind(), s.kindLabel()) + (s.issue().documentNumber() == null ? "" : " " + s.issue().documentNumber()),
                        s.recipient() == null ? "" : s.recipient().name(), due, ChronoUnit.DAYS.between(today, due),
                        "/console/outreach/suggestions/" + s.id()));
            }
        }
        List<DeskItem> sorted = new ArrayList<>(items.values());
        sorted.sort(Comparator.comparingLong(DeskItem::daysLeft).thenComparing(DeskItem::kind));
        model.addAttribute("items", sorted);
        model.addAttribute("overdueCount", sorted.stream().filter(i -> i.daysLeft() < 0).count());
        model.addAttribute("problems", problems);
        return "desk/desk";
    }

    /** The overdue and the due-within-7-days items of one list endpoint. */
    private <T> List<T> both(String source, String path, Class<T> type, Map<String, GatewayException> problems) {
        List<T> all = new ArrayList<>();
        for (String filter : List.of("overdue=true", "dueWithinDays=" + DUE_WITHIN_DAYS)) {
            try {
                ApiPage<T> page = gateway.getPage(path + "?" + filter + "&size={size}", type, SIZE);
                all.addAll(page.items());
            } catch (GatewayException problem) {
                if (problem.kind() != GatewayException.Kind.FORBIDDEN) {
                    problems.putIfAbsent(source, problem);
                }
                break;
            }
        }
        return all;
    }

    private static void add(Map<String, DeskItem> items, DeskItem item) {
        items.putIfAbsent(item.href(), item);
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 60 ? text : text.substring(0, 59) + "…";
    }

}
