package cn.procuratorate.wages.cases.statistics;

import org.springframework.data.annotation.Id;

/**
 * The figures of one group as the aggregation answers them: {@code key} is the group's {@code _id}, {@code name} the
 * employer's name in the latest of its cases (grouping by employer only), money in integer fen.
 */
record GroupFigures(@Id String key, String name, long cases, long openCases, long workers, long owedFen,
        long recoveredFen) {

    static GroupFigures empty(String key) {
        return new GroupFigures(key, null, 0, 0, 0, 0, 0);
    }
}
