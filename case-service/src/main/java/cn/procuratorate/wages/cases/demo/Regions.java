package cn.procuratorate.wages.cases.demo;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Real county-level divisions (GB/T 2260) of the dev units' provinces, Beijing and Jiangsu: where the demo cases
 * arise, and where their workers were born (the first six digits of a resident ID number).
 */
final class Regions {

    /** A county-level division with the name a case title or project name uses. */
    record Region(String code, String name) {
    }

    /** The dev users' units (auth-server's DevAccounts): 朝阳区 of Beijing and 玄武区 of Nanjing. */
    static final String CHAOYANG = "110105";
    static final String XUANWU = "320102";

    private static final List<Region> BEIJING = List.of(
            new Region(CHAOYANG, "朝阳区"), new Region("110101", "东城区"), new Region("110102", "西城区"),
            new Region("110106", "丰台区"), new Region("110108", "海淀区"), new Region("110112", "通州区"),
            new Region("110113", "顺义区"), new Region("110114", "昌平区"), new Region("110115", "大兴区"));
    private static final List<Region> NANJING = List.of(
            new Region(XUANWU, "玄武区"), new Region("320104", "秦淮区"), new Region("320105", "建邺区"),
            new Region("320106", "鼓楼区"), new Region("320113", "栖霞区"), new Region("320115", "江宁区"));
    /**
     * Where the workers come from: mostly the rural counties of northern and central Jiangsu, some from Beijing's
     * outer districts.
     */
    static final List<String> HOME_COUNTIES = List.of(
            "320321", "320322", "320324", "320381", "320382", // 徐州: 丰县 沛县 睢宁县 新沂市 邳州市
            "320722", "320723", "320724", // 连云港: 东海县 灌云县 灌南县
            "320826", "320830", "320831", // 淮安: 涟水县 盱眙县 金湖县
            "320921", "320922", "320923", "320924", "320925", // 盐城: 响水县 滨海县 阜宁县 射阳县 建湖县
            "321023", "321281", "321283", // 宝应县 兴化市 泰兴市
            "321322", "321323", "321324", // 宿迁: 沭阳县 泗阳县 泗洪县
            "110111", "110116", "110117", "110118", "110119"); // 北京: 房山区 怀柔区 平谷区 密云区 延庆区

    private Regions() {
    }

    /** Where a case of this unit arises: mostly the unit's own district, otherwise elsewhere in its city. */
    static Region caseRegion(String unit, Random random) {
        List<Region> city = unit.equals(CHAOYANG) ? BEIJING : NANJING;
        return random.nextInt(10) < 6 ? city.get(0) : city.get(1 + random.nextInt(city.size() - 1));
    }

    /** The name of a district where cases arise. */
    static String nameOf(String code) {
        return Stream.concat(BEIJING.stream(), NANJING.stream()).filter(region -> region.code().equals(code))
                .map(Region::name).findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown " + code));
    }

    /** The city a unit's employers register in, as the prefix of their names. */
    static String cityOf(String unit) {
        return unit.equals(CHAOYANG) ? "北京" : "南京";
    }

    /** The province large contractors of this unit's city name themselves after. */
    static String provinceOf(String unit) {
        return unit.equals(CHAOYANG) ? "北京" : "江苏";
    }

    static String homeCounty(Random random) {
        return HOME_COUNTIES.get(random.nextInt(HOME_COUNTIES.size()));
    }
}
