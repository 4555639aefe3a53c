package cn.procuratorate.wages.cases.demo;

import java.util.List;
import java.util.Random;

/**
 * An industry (GB/T 4754-2017 class) the demo employers work in, weighted toward construction as wage arrears are,
 * with the monthly pay its workers are owed and the way its employers are named.
 *
 * @param project how a project of this class is named ({@code %1$s} district, {@code %2$s} trade name, {@code %3$s}
 *                phase), for construction only: other employers have no project and no general contractor
 * @param shops   name endings of individual businesses (个体工商户); none where only companies are met
 */
record Trade(String industryCode, int weight, int monthlyPayMin, int monthlyPayMax, boolean mostlyMen,
        List<String> companies, List<String> shops, String project) {

    static final List<Trade> ALL = List.of(
            construction("E4710", 20, List.of("建筑劳务有限公司", "建筑工程有限公司"), "%1$s%2$s家园%3$s期住宅楼工程"),
            construction("E4790", 6, List.of("建设工程有限公司"), "%1$s%2$s产业园%3$s号厂房工程"),
            construction("E4813", 7, List.of("市政工程有限公司"), "%1$s%2$s路道路改造工程"),
            construction("E4812", 4, List.of("路桥工程有限公司"), "%1$s%2$s公路%3$s标段改扩建工程"),
            construction("E4822", 3, List.of("水利工程有限公司"), "%1$s%2$s河综合治理%3$s期工程"),
            construction("E4910", 4, List.of("机电安装工程有限公司"), "%1$s%2$s商业中心机电安装工程"),
            construction("E5011", 6, List.of("装饰工程有限公司"), "%1$s%2$s大厦室内装饰装修工程"),
            other("C1810", 5, 4500, 7000, false, List.of("服装有限公司", "制衣有限公司"), List.of("服装加工厂")),
            other("C2110", 4, 5000, 7500, true, List.of("家具制造有限公司"), List.of()),
            other("C3311", 4, 5500, 8000, true, List.of("钢结构有限公司"), List.of()),
            other("C3670", 4, 5000, 7500, true, List.of("汽车配件有限公司"), List.of()),
            other("C3982", 3, 4500, 7000, false, List.of("电子科技有限公司"), List.of()),
            other("H6210", 8, 3800, 6000, false, List.of("餐饮管理有限公司"), List.of("酒家", "饭店", "餐馆")),
            other("H6220", 4, 3800, 5500, false, List.of("餐饮有限公司"), List.of("快餐店")),
            other("G5431", 6, 6000, 8500, true, List.of("物流有限公司", "运输有限公司"), List.of()),
            other("G5437", 3, 5500, 8000, true, List.of("城市配送有限公司", "速运有限公司"), List.of()),
            other("G5413", 3, 5500, 8000, true, List.of("出租汽车有限公司"), List.of()));

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

    private static Trade construction(String code, int weight, List<String> companies, String project) {
        return new Trade(code, weight, 6500, 9500, true, companies, List.of(), project);
    }

    private static Trade other(String code, int weight, int payMin, int payMax, boolean mostlyMen,
            List<String> companies, List<String> shops) {
        return new Trade(code, weight, payMin, payMax, mostlyMen, companies, shops, null);
    }
}
