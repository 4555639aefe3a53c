/**
 * Demo cases for the local run (dev profile only; {@code cases.demo.enabled=false} switches them off): a few hundred
 * synthetic cases, written once into an empty case collection, so that the dev users see lists, deadlines,
 * recoveries and risk signals at once.
 *
 * <ul>
 *   <li>{@link cn.procuratorate.wages.cases.demo.DemoCasePlanner} plans them in plain Java from one seeded
 *       {@link java.util.Random}: parties ({@code SyntheticPeople}, {@code SyntheticEmployers}, {@code Trade},
 *       {@code Regions}) and, per workflow, a history that leaves the case in a chosen stage today
 *       ({@code *Histories}, {@code Pace}, {@code Recoveries}). Nothing is looked up: names, ID numbers and credit
 *       codes are invented, with valid check characters.</li>
 *   <li>{@link cn.procuratorate.wages.cases.demo.DemoCaseWriter} replays each plan through the application service
 *       {@link cn.procuratorate.wages.cases.casefile.Cases}, acting as the dev users, so that numbering, sealing of
 *       personal data, the workflow rules, the ledger and the timeline apply as to any case. Each step runs on
 *       {@link cn.procuratorate.wages.cases.casefile.Cases#at(java.time.Clock) a clock set to its own day}: stages
 *       start, fall due and become overdue on the days they would have, and the timeline shows when.</li>
 * </ul>
 */
package cn.procuratorate.wages.cases.demo;
