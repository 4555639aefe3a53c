package cn.procuratorate.wages.petitions.statistics;

import cn.procuratorate.wages.petitions.rules.EmployerKey;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which petitions are against the same employer, as the intake's rules see it ({@link EmployerKey}): the same valid
 * credit code, or else the same normalised name (NFKC, blanks removed, lower case), which the database cannot
 * compute, hence done here on the aggregation's groups per stored code and name.
 *
 * <p>A name written without a credit code joins the employer of that name's credit code when the period's petitions
 * give the name exactly one code; with none it stays an employer of its own, keyed by the name; with two or more
 * (two companies of one name) it is not guessed and stays by name too. The same rule as the intake's group linking.
 */
final class EmployerGroups {

    /**
     * @param key the credit code when known, else the normalised name; null for petitions naming no employer
     */
    record Employer(String key, EmployerFigures figures) {
    }

    /** Null key (employer unknown) first, then by key. */
    static final Comparator<Employer> BY_KEY = Comparator.comparing(Employer::key,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private EmployerGroups() {
    }

    static List<Employer> of(Collection<EmployerFigures> groups) {
        Map<String, EmployerFigures> byCode = new TreeMap<>();
        Map<String, Set<String>> codesOfName = new HashMap<>();
        Map<String, List<EmployerFigures>> withoutCode = new TreeMap<>();
        EmployerFigures unknown = null;
        for (EmployerFigures group : groups) {
            EmployerKey employer = EmployerKey.of(group.creditCode(), group.name());
            String code = employer.creditCode().orElse(null);
            String name = employer.normalisedName().orElse(null);
            if (code != null) {
                byCode.merge(code, group.withCreditCode(code), EmployerFigures::plus);
                if (name != null) {
                    codesOfName.computeIfAbsent(name, n -> new TreeSet<>()).add(code);
                }
            } else if (name != null) {
                // A code that fails the GB 32100 check is a typing error, not an identity: dropped.
                withoutCode.computeIfAbsent(name, n -> new ArrayList<>()).add(group.withCreditCode(null));
            } else {
                unknown = unknown == null ? group.withCreditCode(null) : unknown.plus(group.withCreditCode(null));
            }
        }
        Map<String, EmployerFigures> byName = new TreeMap<>();
        withoutCode.forEach((name, named) -> {
            Set<String> codes = codesOfName.getOrDefault(name, Set.of());
            for (EmployerFigures group : named) {
                if (codes.size() == 1) {
                    byCode.merge(codes.iterator().next(), group, EmployerFigures::plus);
                } else {
                    byName.merge(name, group, EmployerFigures::plus);
                }
            }
        });
        List<Employer> employers = new ArrayList<>();
        if (unknown != null) {
            employers.add(new Employer(null, unknown));
        }
        byCode.forEach((code, figures) -> employers.add(new Employer(code, figures)));
        byName.forEach((name, figures) -> employers.add(new Employer(name, figures)));
        employers.sort(BY_KEY);
        return employers;
    }
}
