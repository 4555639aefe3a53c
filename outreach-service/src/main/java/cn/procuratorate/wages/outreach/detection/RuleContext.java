package cn.procuratorate.wages.outreach.detection;

import cn.procuratorate.wages.common.identifiers.SupervisingDepartment;
import cn.procuratorate.wages.outreach.detection.Finding.Department;
import cn.procuratorate.wages.outreach.detection.Finding.Evidence;
import cn.procuratorate.wages.outreach.detection.Finding.SourceRow;
import java.util.List;

/** What every rule's findings share: the scope they were found in and the sources that could be read. */
record RuleContext(DetectionScope scope, List<Source> sourcesRead) {

    RuleContext {
        sourcesRead = List.copyOf(sourcesRead);
    }

    boolean read(Source source) {
        return sourcesRead.contains(source);
    }

    Finding finding(FindingKind kind, String key, String label, SupervisingDepartment department,
            FindingFigures figures, List<SourceRow> rows) {
        List<Source> counted = kind.sources().stream().filter(this::read).toList();
        return new Finding(FindingId.of(kind, key, scope), kind, key, label, Department.of(department), counted,
                new Evidence(figures, rows));
    }
}
