package cn.procuratorate.wages.cases.demo;

import cn.procuratorate.wages.cases.casefile.Employer;
import cn.procuratorate.wages.cases.casefile.EmployerKind;
import cn.procuratorate.wages.cases.casefile.Project;
import cn.procuratorate.wages.cases.demo.Regions.Region;
import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Invented employers, general contractors and projects. Names are built from auspicious syllables the way Chinese
 * trade names are (北京鑫泰建筑劳务有限公司), never taken from a register; credit codes carry valid check characters
 * (GB 32100-2015, and GB 11714 inside the organisation code). Some employers come back in later cases, as repeat
 * offenders do.
 */
final class SyntheticEmployers {

    /** An employer with the industry and district it works in, so that its later cases tell the same story. */
    record Business(Employer employer, Trade trade, Region region) {
    }

    private static final String SYLLABLES = "华盛鑫泰宏达恒信诚远金益润昌隆瑞祥嘉德裕丰顺通宇博新凯汇晟锦鼎辉";
    private static final String PHASES = "一二三";
    private static final List<String> GROUPS = List.of("建设集团有限公司", "建工集团有限公司", "城建集团有限公司");
    /** One case in five is against an employer met before: the repeated arrears the employer summary shows. */
    private static final int REPEAT_PERCENT = 20;
    /** A construction subcontractor is often an unlicensed gang boss (包工头) without a credit code. */
    private static final int GANG_BOSS_PERCENT = 30;
    private static final int CONTRACTORS_PER_UNIT = 4;
    /** GB 11714-1997: weights of the organisation code's 8 body characters. */
    private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final String COMPANY_AUTHORITY = "91";
    private static final String INDIVIDUAL_BUSINESS_AUTHORITY = "92";

    private final Random random;
    private final SyntheticPeople people;
    private final Map<String, List<Business>> businessesByUnit = new HashMap<>();
    private final Map<String, List<Employer>> contractorsByUnit = new HashMap<>();
    private final Set<String> namesTaken = new HashSet<>();

    SyntheticEmployers(Random random, SyntheticPeople people) {
        this.random = random;
        this.people = people;
    }

    /** The employer of a new case of this unit: one met before, now and then, otherwise a new one. */
    Business employerFor(String unit) {
        List<Business> known = businessesByUnit.computeIfAbsent(unit, u -> new ArrayList<>());
        if (!known.isEmpty() && random.nextInt(100) < REPEAT_PERCENT) {
            return known.get(random.nextInt(known.size()));
        }
        Business business = newBusiness(unit);
        known.add(business);
        return business;
    }

    /** A construction project with its general contractor (who answers for a subcontractor's wages); else none. */
    Project projectFor(Business business, String unit) {
        if (!business.trade().isConstruction()) {
            return null;
        }
        String name = String.format(business.trade().project(), business.region().name(), tradeName(),
                PHASES.charAt(random.nextInt(PHASES.length())));
        Employer contractor = contractorOf(unit);
        return new Project(name, contractor.name(), contractor.creditCode());
    }

    /** 18 characters: authority and kind, region, organisation code with its own check digit, check character. */
    String creditCode(String authorityAndKind, String regionCode) {
        StringBuilder body = new StringBuilder();
        int sum = 0;
        for (int weight : ORGANISATION_CODE_WEIGHTS) {
            int digit = random.nextInt(10);
            body.append(digit);
            sum += digit * weight;
        }
        int check = 11 - sum % 11;
        body.append(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
        String first17 = authorityAndKind + regionCode + body;
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    private Business newBusiness(String unit) {
        Trade trade = Trade.pick(random);
        Region region = Regions.caseRegion(unit, random);
        if (trade.isConstruction() && random.nextInt(100) < GANG_BOSS_PERCENT) {
            return new Business(new Employer(people.anonymisedName() + "（包工头）", null,
                    EmployerKind.UNLICENSED_CONTRACTOR), trade, region);
        }
        if (!trade.shops().isEmpty() && random.nextBoolean()) {
            String name = unusedName(() -> Regions.cityOf(unit) + "市" + region.name() + tradeName()
                    + pick(trade.shops()));
            return new Business(new Employer(name, creditCode(INDIVIDUAL_BUSINESS_AUTHORITY, region.code()),
                    EmployerKind.INDIVIDUAL_BUSINESS), trade, region);
        }
        String name = unusedName(() -> Regions.cityOf(unit) + tradeName() + pick(trade.companies()));
        return new Business(new Employer(name, creditCode(COMPANY_AUTHORITY, region.code()), EmployerKind.COMPANY),
                trade, region);
    }

    /** A few large contractors per city build most projects. */
    private Employer contractorOf(String unit) {
        List<Employer> contractors = contractorsByUnit.computeIfAbsent(unit, u -> new ArrayList<>());
        if (contractors.size() < CONTRACTORS_PER_UNIT) {
            String province = unit.substring(0, 2) + "0000";
            String name = unusedName(() -> Regions.provinceOf(unit) + tradeName() + pick(GROUPS));
            contractors.add(new Employer(name, creditCode(COMPANY_AUTHORITY, province), EmployerKind.COMPANY));
        }
        return contractors.get(random.nextInt(contractors.size()));
    }

    private String unusedName(Supplier<String> names) {
        String name = names.get();
        while (!namesTaken.add(name)) {
            name = names.get();
        }
        return name;
    }

    /** Two different syllables: 鑫泰, 华盛. */
    private String tradeName() {
        int first = random.nextInt(SYLLABLES.length());
        int second = (first + 1 + random.nextInt(SYLLABLES.length() - 1)) % SYLLABLES.length();
        return "" + SYLLABLES.charAt(first) + SYLLABLES.charAt(second);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
