package cn.procuratorate.wages.common.identifiers;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which department supervises wage payment in an industry: a table of industry-code prefixes, the most specific
 * (longest) prefix that contains a code decides, and codes no rule covers go to the {@code fallback} department.
 *
 * <p>The default table is a design choice from 保障农民工工资支付条例 art. 7 (DOMAIN.md "Industry → supervising
 * department"); configuration may replace it ({@link #IndustrySupervision(List, SupervisingDepartment)}), e.g. to give
 * municipal roads (E4813) and urban rail (E4814) to 住建 where the local government does so.
 */
public final class IndustrySupervision {

    /** Codes within {@code prefix} (an industry code itself, e.g. {@code E481}) go to {@code department}. */
    public record Rule(IndustryCode prefix, SupervisingDepartment department) {
        public Rule {
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(department, "department");
        }

        public static Rule of(String prefix, SupervisingDepartment department) {
            return new Rule(IndustryCode.of(prefix), department);
        }
    }

    /**
     * 保障农民工工资支付条例 art. 7 as DOMAIN.md reads it, with GB/T 4754-2017 codes: construction (section E,
     * divisions 47–50) → 住建; within civil engineering (48): railways, roads, tunnels and bridges (481) and ports and
     * waterways (4823) → 交通运输, water sources and supply (4821) and river regulation and flood control (4822) → 水利.
     * A code that stops at E, 48 or 482 cannot be placed more precisely and stays with 住建.
     */
    private static final IndustrySupervision DEFAULTS = new IndustrySupervision(List.of(
            Rule.of("E", SupervisingDepartment.HOUSING_CONSTRUCTION),
            Rule.of("E481", SupervisingDepartment.TRANSPORT),
            Rule.of("E4821", SupervisingDepartment.WATER_RESOURCES),
            Rule.of("E4822", SupervisingDepartment.WATER_RESOURCES),
            Rule.of("E4823", SupervisingDepartment.TRANSPORT)),
            SupervisingDepartment.HUMAN_RESOURCES_SOCIAL_SECURITY);

    private final List<Rule> rules;
    private final SupervisingDepartment fallback;

    /**
     * @param rules    at most one rule per prefix
     * @param fallback the department of every code no rule covers (人社 by default: it handles arrears everywhere)
     */
    public IndustrySupervision(List<Rule> rules, SupervisingDepartment fallback) {
        Objects.requireNonNull(fallback, "fallback");
        Set<IndustryCode> prefixes = new HashSet<>();
        for (Rule rule : rules) {
            if (!prefixes.add(Objects.requireNonNull(rule, "rule").prefix())) {
                throw new IllegalArgumentException("Two supervision rules for industry " + rule.prefix());
            }
        }
        // Longest prefix first: the first rule that contains a code is the most specific one.
        this.rules = rules.stream()
                .sorted(Comparator.comparingInt((Rule rule) -> rule.prefix().value().length()).reversed())
                .toList();
        this.fallback = fallback;
    }

    public static IndustrySupervision defaults() {
        return DEFAULTS;
    }

    public SupervisingDepartment departmentOf(IndustryCode code) {
        Objects.requireNonNull(code, "code");
        return rules.stream().filter(rule -> code.isWithin(rule.prefix())).findFirst()
                .map(Rule::department).orElse(fallback);
    }

    /** The rules, most specific first. */
    public List<Rule> rules() {
        return rules;
    }

    public SupervisingDepartment fallback() {
        return fallback;
    }
}
