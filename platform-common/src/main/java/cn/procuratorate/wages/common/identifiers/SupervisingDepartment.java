package cn.procuratorate.wages.common.identifiers;

/**
 * The department that supervises wage payment in an industry (保障农民工工资支付条例 art. 7): 人社 coordinates and
 * handles arrears everywhere; 住建, 交通运输 and 水利 supervise the construction projects of their sectors.
 */
public enum SupervisingDepartment {

    HUMAN_RESOURCES_SOCIAL_SECURITY("人社", "人力资源社会保障行政部门"),
    HOUSING_CONSTRUCTION("住建", "住房城乡建设主管部门"),
    TRANSPORT("交通运输", "交通运输主管部门"),
    WATER_RESOURCES("水利", "水利主管部门");

    private final String shortLabel;
    private final String label;

    SupervisingDepartment(String shortLabel, String label) {
        this.shortLabel = shortLabel;
        this.label = label;
    }

    /** The short name used on forms and lists (人社, 住建, 交通运输, 水利). */
    public String shortLabel() {
        return shortLabel;
    }

    /** The full name of the kind of department. */
    public String label() {
        return label;
    }
}
