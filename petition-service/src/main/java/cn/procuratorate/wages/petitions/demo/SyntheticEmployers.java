package cn.procuratorate.wages.petitions.demo;

import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode;
import cn.procuratorate.wages.petitions.demo.Regions.Region;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Invented employers. Names are built from auspicious syllables as Chinese trade names are (北京鑫泰建筑劳务有限公司),
 * never taken from a register; credit codes carry valid check characters (GB 32100-2015, and GB 11714 inside the
 * organisation code). Some construction employers are gang bosses (包工头) without a company or code, known by name.
 * An employer met before comes back now and then, as repeat offenders do.
 */
final class SyntheticEmployers {

    /** @param creditCode null for a gang boss; {@code project} null outside construction */
    record Employer(String name, String creditCode, Trade trade, Region region, String project) {
    }

    private static final String SYLLABLES = "华盛鑫泰宏达恒信诚远金益润昌隆瑞祥嘉德裕丰顺通宇博新凯汇晟锦鼎辉";
    /** One petition in four is against an employer met before (besides the groups of workers of one employer). */
    private static final int REPEAT_PERCENT = 25;
    private static final int GANG_BOSS_PERCENT = 25;
    /** GB 11714-1997: weights of the organisation code's 8 body characters. */
    private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    /** GB 32100: registration authority 9 (market regulation), kind 1 (a company). */
    private static final String COMPANY = "91";

    private final Random random;
    private final SyntheticPeople people;
    private final Map<String, List<Employer>> metByUnit = new HashMap<>();
    private final Set<String> namesTaken = new HashSet<>();

    SyntheticEmployers(Random random, SyntheticPeople people) {
        this.random = random;
        this.people = people;
    }

    /** The employer of a new petition to this unit: one met before now and then, otherwise a new one. */
    Employer employerFor(String unit) {
        List<Employer> met = metByUnit.computeIfAbsent(unit, u -> new ArrayList<>());
        if (!met.isEmpty() && random.nextInt(100) < REPEAT_PERCENT) {
            return met.get(random.nextInt(met.size()));
        }
        Trade trade = Trade.pick(random);
        return newEmployer(unit, trade, trade.isConstruction() && random.nextInt(100) < GANG_BOSS_PERCENT);
    }

    /** A new building company (with a credit code), whose workers petition together or one after another. */
    Employer buildingCompany(String unit) {
        return newEmployer(unit, Trade.HOUSE_BUILDING, false);
    }

    private Employer newEmployer(String unit, Trade trade, boolean gangBoss) {
        Region region = Regions.where(unit, random);
        String project = trade.isConstruction() ? String.format(trade.project(), region.name(), tradeName()) : null;
        Employer employer;
        if (gangBoss) {
            employer = new Employer(people.bossName() + "（包工头）", null, trade, region, project);
        } else {
            String name = unusedName(Regions.city(unit).replace("市", "") + tradeName()
                    + trade.companies().get(random.nextInt(trade.companies().size())));
            employer = new Employer(name, creditCode(region.code()), trade, region, project);
        }
        metByUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(employer);
        return employer;
    }

    /** 18 characters: authority and kind, region, organisation code with its own check digit, check character. */
    private String creditCode(String regionCode) {
        StringBuilder organisation = new StringBuilder();
        int sum = 0;
        for (int weight : ORGANISATION_CODE_WEIGHTS) {
            int digit = random.nextInt(10);
            organisation.append(digit);
            sum += digit * weight;
        }
        int check = 11 - sum % 11;
        organisation.append(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
        String first17 = COMPANY + regionCode + organisation;
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    /** The name, or with another trade name if it is taken: two companies never share a name here. */
    private String unusedName(String name) {
        String candidate = name;
        while (!namesTaken.add(candidate)) {
            candidate = candidate.substring(0, 2) + tradeName() + candidate.substring(4);
        }
        return candidate;
    }

    /** Two different syllables: 鑫泰, 华盛. */
    private String tradeName() {
        int first = random.nextInt(SYLLABLES.length());
        int second = (first + 1 + random.nextInt(SYLLABLES.length() - 1)) % SYLLABLES.length();
        return "" + SYLLABLES.charAt(first) + SYLLABLES.charAt(second);
    }
}
