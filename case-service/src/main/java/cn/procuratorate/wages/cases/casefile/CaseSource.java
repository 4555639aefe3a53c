package cn.procuratorate.wages.cases.casefile;

/** {@code id} is the petition's id, the agency's clue id or the police transfer number; none when found ex officio. */
public record CaseSource(SourceKind kind, String id) {
}
