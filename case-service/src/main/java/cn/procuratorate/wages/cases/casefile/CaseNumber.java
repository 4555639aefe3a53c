package cn.procuratorate.wages.cases.casefile;

/**
 * A case number, unique per unit and year, e.g. {@code 110105-2026-00012}: the unit's code, the year the case was
 * registered (China's calendar) and a sequence without gaps within them.
 */
public record CaseNumber(String unit, int year, int sequence) {

    public String text() {
        return "%s-%d-%05d".formatted(unit, year, sequence);
    }
}
