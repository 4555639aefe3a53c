package cn.procuratorate.wages.cases.employers;

import java.util.List;

/** One fact, its Chinese label, and the ids of the cases that show it (oldest first). */
record BlacklistFact(BlacklistFactKind code, String label, List<String> caseIds) {

    static BlacklistFact of(BlacklistFactKind kind, List<EmployerCase> evidence) {
        return new BlacklistFact(kind, kind.label(), evidence.stream().map(EmployerCase::id).toList());
    }
}
