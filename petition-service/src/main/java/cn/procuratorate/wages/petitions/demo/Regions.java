package cn.procuratorate.wages.petitions.demo;

import java.util.List;
import java.util.Random;

/**
 * Real county-level divisions (GB/T 2260) for the demo petitions: the districts of the dev users' two units
 * (auth-server's DevAccounts), where the arrears arose, and the rural counties the workers come from (the first six
 * digits of their resident ID numbers).
 */
final class Regions {

    /** A county-level division and the name a text uses. */
    record Region(String code, String name) {
    }

    /** 朝阳区 of Beijing: procurator1, clerk1 and supervisor1. */
    static final String CHAOYANG = "110105";
    /** 玄武区 of Nanjing: clerk2. */
    static final String XUANWU = "320102";

    private static final List<Region> BEIJING = List.of(new Region(CHAOYANG, "朝阳区"), new Region("110101", "东城区"),
            new Region("110106", "丰台区"), new Region("110108", "海淀区"), new Region("110112", "通州区"),
            new Region("110114", "昌平区"));
    private static final List<Region> NANJING = List.of(new Region(XUANWU, "玄武区"), new Region("320104", "秦淮区"),
            new Region("320106", "鼓楼区"), new Region("320113", "栖霞区"), new Region("320115", "江宁区"));
    /** Where migrant workers of the two cities often come from: Hebei, Jiangsu's north, Anhui, Henan, Sichuan. */
    private static final List<String> HOME_COUNTIES = List.of(
            "130425", "130724", // 河北: 大名县 沽源县
            "320321", "320322", "321322", "320921", // 江苏: 丰县 沛县 沭阳县 响水县
            "341221", "341222", "342221", // 安徽: 临泉县 太和县 砀山县
            "411627", "411628", "411722", // 河南: 太康县 鹿邑县 上蔡县
            "511621", "513723", // 四川: 岳池县 平昌县
            "110111", "110118"); // 北京: 房山区 密云区
    /** Share of petitions about the unit's own district (the others concern a neighbouring one). */
    private static final int OWN_DISTRICT_PERCENT = 85;

    private Regions() {
    }

    /** The unit's own district. */
    static Region home(String unit) {
        return districts(unit).get(0);
    }

    /** Where a petition to this unit arose: mostly its own district. */
    static Region where(String unit, Random random) {
        List<Region> districts = districts(unit);
        return random.nextInt(100) < OWN_DISTRICT_PERCENT ? districts.get(0)
                : districts.get(1 + random.nextInt(districts.size() - 1));
    }

    /** 北京市 or 南京市, as names of employers and agencies begin. */
    static String city(String unit) {
        return unit.equals(CHAOYANG) ? "北京市" : "南京市";
    }

    static String homeCounty(Random random) {
        return HOME_COUNTIES.get(random.nextInt(HOME_COUNTIES.size()));
    }

    private static List<Region> districts(String unit) {
        return unit.equals(CHAOYANG) ? BEIJING : NANJING;
    }
}
