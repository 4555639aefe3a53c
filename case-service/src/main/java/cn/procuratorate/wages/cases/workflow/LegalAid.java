package cn.procuratorate.wages.cases.workflow;

import java.time.LocalDate;

/** The legal aid arranged for the worker: the provider (legal aid centre, lawyer) and when. */
public record LegalAid(String provider, String note, LocalDate arrangedOn) {
}
