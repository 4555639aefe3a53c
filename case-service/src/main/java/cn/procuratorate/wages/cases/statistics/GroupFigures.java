package cn.procuratorate.wages.cases.statistics;

import org.springframework.data.annotation.Id;

/**
 * The figures of one group as the aggregation answers them: {@code key} is the group's {@code _id}, {@code name} and
 * {@code industryCode} the company's name and the industry in the latest of its cases (grouping by employer or
 * general contractor only), money in integer fen.
 */
record GroupFigures(@Id String key, String name, String industryCode, long cases, long openCases, long workers,
        long owedFen, long recoveredFen) {

    static GroupFigures empty(String key) {
        return new GroupFigures(key, null, null, 0, 0, 0, 0, 0);
    }
}
