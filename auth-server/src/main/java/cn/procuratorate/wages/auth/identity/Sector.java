package cn.procuratorate.wages.auth.identity;

/** The sector of a partner agency, the {@code sector} claim of its tokens. */
public enum Sector {
    /** 人力资源和社会保障 */
    HRSS,
    /** 住房和城乡建设 */
    HOUSING,
    /** 交通运输 */
    TRANSPORT,
    /** 水利 */
    WATER
}
