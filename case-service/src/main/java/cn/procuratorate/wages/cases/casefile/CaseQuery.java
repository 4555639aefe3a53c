package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.cases.workflow.CaseType;
import cn.procuratorate.wages.cases.workflow.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The filters of a case list; every one is optional ({@code null}), {@code unit} empty means every unit (services).
 * {@code residentIdHashes}: the hashes one number may be stored under. {@code overdueOn}: open cases whose stage was
 * due before that day. {@code dueFrom}/{@code dueTo}: open cases whose stage falls due within those days.
 */
record CaseQuery(Optional<String> unit, CaseType type, Stage stage, String regionCode, String industryCode,
        String handlerId, String employerCreditCode, String employerName, List<String> residentIdHashes,
        LocalDate overdueOn, LocalDate dueFrom, LocalDate dueTo) {
}
