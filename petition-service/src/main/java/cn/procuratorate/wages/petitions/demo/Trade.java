package cn.procuratorate.wages.petitions.demo;

import java.util.List;
import java.util.Random;

/**
 * An industry (GB/T 4754-2017 class) of the demo employers, weighted toward construction as wage arrears are, with the
 * monthly pay its workers are owed, the jobs they do and how its employers are named.
 *
 * @param project how a project is named ({@code %1$s} district, {@code %2$s} trade name); null outside construction
 */
record Trade(String industryCode, int weight, int monthlyPayMin, int monthlyPayMax, boolean mostlyMen,
        List<String> jobs, List<String> companies, String project) {

    /** Housing construction, where most arrears (and most groups of workers owed together) are. */
    static final Trade HOUSE_BUILDING = new Trade("E4710", 24, 6500, 9500, true,
            List.of("钢筋工", "木工", "瓦工", "架子工", "小工"), List.of("建筑劳务有限公司", "建筑工程有限公司"),
            "%1$s%2$s家园住宅楼工程");

    static final List<Trade> ALL = List.of(HOUSE_BUILDING,
            new Trade("E4813", 7, 6000, 8500, true, List.of("普工", "摊铺工", "电焊工"),
                    List.of("市政工程有限公司"), "%1$s%2$s路道路改造工程"),
            new Trade("E4790", 5, 6500, 9000, true, List.of("钢筋工", "混凝土工"), List.of("建设工程有限公司"),
                    "%1$s%2$s产业园厂房工程"),
            new Trade("E5011", 7, 6000, 9000, true, List.of("油漆工", "水电工", "瓷砖工"), List.of("装饰工程有限公司"),
                    "%1$s%2$s大厦室内装修工程"),
            new Trade("E4910", 4, 6500, 9000, true, List.of("电工", "安装工"), List.of("机电安装工程有限公司"),
                    "%1$s%2$s商业中心机电安装工程"),
            new Trade("C1810", 5, 4500, 7000, false, List.of("缝纫工", "熨烫工"), List.of("服装有限公司"), null),
            new Trade("H6210", 8, 3800, 6000, false, List.of("服务员", "厨师", "帮厨"), List.of("餐饮管理有限公司"), null),
            new Trade("G5431", 5, 6000, 8500, true, List.of("货车司机", "装卸工"), List.of("物流有限公司"), null),
            new Trade("K7020", 5, 3500, 5500, false, List.of("保安", "保洁员"), List.of("物业管理有限公司"), null));

    private static final int TOTAL_WEIGHT = ALL.stream().mapToInt(Trade::weight).sum();

    static Trade pick(Random random) {
        int ticket = random.nextInt(TOTAL_WEIGHT);
        for (Trade trade : ALL) {
            ticket -= trade.weight();
            if (ticket < 0) {
                return trade;
            }
        }
        throw new IllegalStateException("Weights changed while picking");
    }

    boolean isConstruction() {
        return project != null;
    }

    /** A month's pay, in whole hundreds of yuan as wages are agreed. */
    int monthlyPay(Random random) {
        return (monthlyPayMin + random.nextInt(monthlyPayMax - monthlyPayMin + 1)) / 100 * 100;
    }

    String job(Random random) {
        return jobs.get(random.nextInt(jobs.size()));
    }
}
