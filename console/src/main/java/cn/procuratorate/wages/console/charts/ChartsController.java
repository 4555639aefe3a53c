package cn.procuratorate.wages.console.charts;

import cn.procuratorate.wages.console.gateway.GatewayClient;
import cn.procuratorate.wages.console.gateway.GatewayException;
import cn.procuratorate.wages.console.web.ApiLabels;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Charts from the services' statistics endpoints (the last 12 months of the user's unit): wages owed vs recovered
 * by month, petitions by month and by channel, cases by stage, findings by industry and by region. Each chart is
 * drawn by Chart.js from the same numbers the page also shows as a table (for screen readers, and without script).
 * A source that fails shows its message in place of its charts.
 */
@Controller
class ChartsController {

    /** One chart: its labels (x axis) and one or more series of numbers. */
    public record Chart(String id, String type, String title, List<String> labels, List<Series> series) {
    }

    public record Series(String label, List<Number> values) {
    }

    record CaseStatistics(List<CaseRow> rows) {
    }

    record CaseRow(String key, String label, Long cases, Long openCases, BigDecimal owed, BigDecimal recovered) {
    }

    record PetitionStatistics(List<PetitionRow> rows) {
    }

    record PetitionRow(String key, String label, Long petitions) {
    }

    record FindingsAnswer(List<Finding> findings) {
    }

    record Finding(String kind, String key, Evidence evidence) {
    }

    record Evidence(Map<String, Object> figures) {
    }

    private final GatewayClient gateway;
    private final MessageSource messages;
    private final ApiLabels labels;

    ChartsController(GatewayClient gateway, MessageSource messages, ApiLabels labels) {
        this.gateway = gateway;
        this.messages = messages;
        this.labels = labels;
    }

    @GetMapping({"/console/charts", "/console/charts/"})
    String charts(Model model) {
        List<Chart> charts = new ArrayList<>();
        try {
            List<CaseRow> months = gateway.get("/api/cases/statistics?groupBy=MONTH", CaseStatistics.class).rows();
            charts.add(new Chart("wages-by-month", "bar", text("charts.wages.title"), keys(months, CaseRow::key),
                    List.of(new Series(text("charts.wages.owed"), values(months, CaseRow::owed)),
                            new Series(text("charts.wages.recovered"), values(months, CaseRow::recovered)))));
            List<CaseRow> stages = gateway.get("/api/cases/statistics?groupBy=STAGE", CaseStatistics.class).rows();
            charts.add(new Chart("cases-by-stage", "bar", text("charts.stages.title"),
                    keys(stages, r -> labels.of("case-stage", r.key(), r.label())),
                    List.of(new Series(text("charts.stages.cases"), values(stages, CaseRow::cases)))));
        } catch (GatewayException problem) {
            model.addAttribute("casesProblem", problem);
        }
        try {
            List<PetitionRow> months = gateway.get("/api/petitions/statistics?groupBy=MONTH",
                    PetitionStatistics.class).rows();
            charts.add(new Chart("petitions-by-month", "bar", text("charts.petitions-month.title"),
                    keys(months, PetitionRow::key),
                    List.of(new Series(text("charts.petitions"), values(months, PetitionRow::petitions)))));
            List<PetitionRow> channels = gateway.get("/api/petitions/statistics?groupBy=CHANNEL",
                    PetitionStatistics.class).rows();
            charts.add(new Chart("petitions-by-channel", "doughnut", text("charts.petitions-channel.title"),
                    keys(channels, r -> labels.of("petition-channel", r.key(), r.label())),
                    List.of(new Series(text("charts.petitions"), values(channels, PetitionRow::petitions)))));
        } catch (GatewayException problem) {
            model.addAttribute("petitionsProblem", problem);
        }
        try {
            List<Finding> findings = gateway.get("/api/outreach/findings", FindingsAnswer.class).findings();
            charts.add(count("findings-by-industry", text("charts.findings-industry.title"), findings, "INDUSTRY"));
            charts.add(count("findings-by-region", text("charts.findings-region.title"), findings, "REGION"));
        } catch (GatewayException problem) {
            model.addAttribute("findingsProblem", problem);
        }
        model.addAttribute("charts", charts);
        return "charts/charts";
    }

    /** Findings per industry (or region): a finding counts where its evidence names one. */
    private Chart count(String id, String title, List<Finding> findings, String dimension) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Finding finding : findings) {
            String code = codeOf(finding, dimension);
            counts.merge(code == null ? text("charts.findings.unspecified") : code, 1, Integer::sum);
        }
        return new Chart(id, "bar", title, new ArrayList<>(counts.keySet()),
                List.of(new Series(text("charts.findings"), new ArrayList<Number>(counts.values()))));
    }

    /**
     * The industry or region a finding is about: rising arrears name their dimension and code; the others carry
     * an industry code in their figures at most (a repeat employer or a contractor is not one region).
     */
    static String codeOf(Finding finding, String dimension) {
        Map<String, Object> figures = finding.evidence() == null || finding.evidence().figures() == null ? Map.of()
                : finding.evidence().figures();
        if (dimension.equals(figures.get("dimension")) && figures.get("code") != null) {
            return figures.get("code").toString();
        }
        if ("INDUSTRY".equals(dimension) && figures.get("industryCode") != null) {
            return figures.get("industryCode").toString();
        }
        return null;
    }

    private static <T> List<String> keys(List<T> rows, Function<T, String> key) {
        return rows.stream().map(key).toList();
    }

    private static <T> List<Number> values(List<T> rows, Function<T, Number> value) {
        return rows.stream().map(value).map(n -> n == null ? (Number) 0 : n).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
