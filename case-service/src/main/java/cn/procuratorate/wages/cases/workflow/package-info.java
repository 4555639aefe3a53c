/**
 * The case workflows as state machines with due dates: the "pure core" of case-service (plain Java, no Spring,
 * no persistence, unit-tested without either).
 *
 * <h2>Shape</h2>
 * <ul>
 *   <li>{@link cn.procuratorate.wages.cases.workflow.CaseType} (six types) runs one
 *       {@link cn.procuratorate.wages.cases.workflow.Workflow} (four: criminal, support of a lawsuit, supervision,
 *       false litigation). {@code Workflow} holds the only transition table: which
 *       {@link cn.procuratorate.wages.cases.workflow.Action}s each {@link cn.procuratorate.wages.cases.workflow.Stage}
 *       allows.</li>
 *   <li>{@link cn.procuratorate.wages.cases.workflow.WorkflowState} is an immutable record of plain values, stored
 *       as a sub-document of the case. {@link cn.procuratorate.wages.cases.workflow.Workflows#start} builds it,
 *       {@link cn.procuratorate.wages.cases.workflow.Workflows#apply} replaces it and describes the change
 *       ({@link cn.procuratorate.wages.cases.workflow.WorkflowChange}) for the caller's timeline, or throws
 *       {@link cn.procuratorate.wages.cases.workflow.TransitionRefused} with a stable
 *       {@link cn.procuratorate.wages.cases.workflow.RuleCode}: {@code workflow.illegal-transition} is a conflict
 *       (409), every other code a rule violation (422).</li>
 *   <li>Every number from law is a component of {@link cn.procuratorate.wages.cases.workflow.StatutoryTimeLimits};
 *       {@link cn.procuratorate.wages.cases.workflow.Deadlines} turns a state into its due date;
 *       {@link cn.procuratorate.wages.cases.workflow.DueDates} answers overdue / days left / due within n days.</li>
 * </ul>
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>Dates are calendar days of the caller's calendar (Asia/Shanghai); the caller passes {@code today}.</li>
 *   <li>A due date is the stage's start date plus its period, the last day on which the act is in time; it is not
 *       overdue on that day, and is overdue from the next. A month is {@code LocalDate.plusMonths} (31 January +
 *       1 month = 28/29 February). See {@link cn.procuratorate.wages.cases.workflow.Deadlines} for the two known
 *       simplifications (a period starting on the last day of a short month; public holidays).</li>
 *   <li>A stage's clock starts on the day it is entered; at the start of a case, on the day it was received.
 *       Entering a stage resets the extension flag; a stage re-entered (prosecution review after supplementary
 *       investigation) gets its full period again (CPL art. 175: 重新计算审查起诉期限).</li>
 *   <li>A state-only step (recording facts, the checklist, a recovery, a new handler) keeps the stage and its start
 *       date; the due date is recomputed from the state every time, so it always agrees with the limits in force.</li>
 * </ul>
 *
 * <h2>Decisions where the issue left room</h2>
 * <ul>
 *   <li>Criminal: the arrest decision is a stage ({@code ARREST_DECIDED}, no time limit: the police investigate)
 *       holding either decision; the police transfer for prosecution from there. The 20-day arrest review and the
 *       +15-day prosecution review are explicit extensions (a reason, a major case, once per stage period, not for a
 *       detained suspect / not on the fast track); the fast track's 10 or 15 days follow from the facts. Facts may
 *       change during a stage ({@code RECORD_FACTS}): the due date is recomputed from the stage's start, and an
 *       extension that no longer applies lapses. The fast track needs a guilty plea.</li>
 *   <li>A refusal to arrest without a reason is recorded as "no necessity of arrest" (少捕慎诉慎押); a refusal to
 *       prosecute needs its reason; "other" needs a note.</li>
 *   <li>Closing: {@code CLOSE} concludes a decided case; {@code WITHDRAW} (a reason) ends it before its decision
 *       where someone else can end it: the police (criminal, before a review is under way or after the arrest
 *       decision), the worker (support, before the court's outcome; afterwards a withdrawn suit is an outcome), the
 *       applicant (supervision, before the decision). {@code DECLINE} (a reason) is the procuratorate's own "no"
 *       before the main decision: 不予受理 a supervision application, 不支持起诉. False-litigation cases are opened
 *       ex officio and end through an outcome ("unfounded"), so they have neither.</li>
 *   <li>Every decided stage is closed explicitly, even where nothing follows, so that the decision and the closing
 *       are two entries of the timeline. A supervision case awaiting the court's response to a suggestion or
 *       protest cannot be closed until the response is recorded; one without supervision has no response.</li>
 *   <li>Support of a lawsuit: the checklist is recorded ({@code ASSESS_ELIGIBILITY}, repeatable) and checked when
 *       the opinion is issued; legal aid may be skipped (the worker may have a lawyer). No step has a statutory time
 *       limit. The recovery is the total to date, so a repeated request changes nothing.</li>
 *   <li>Supervision outcomes by type: judgments (civil, administrative) may get a retrial suggestion, a protest or
 *       a procuratorial suggestion; enforcement only a procuratorial suggestion; all may end without supervision.
 *       The court's response is due 2 months after a suggestion, 30 days after a protest. The one-application rule
 *       of civil judgment supervision is a predicate for the service to check before registering
 *       ({@link cn.procuratorate.wages.cases.workflow.SupervisionRules#secondApplicationRefused}).</li>
 *   <li>False litigation: a report is disposed of within 7 days (SPP rules art. 161), a risk flag has no limit;
 *       an outcome may be decided without a formal investigation (an obviously unfounded flag); a suggestion to the
 *       court is followed by a 2-month reply limit.</li>
 *   <li>Roles: the platform's {@code Role} is reused. Staff and services may act; partner agencies and operators may
 *       not. Decisions ({@link cn.procuratorate.wages.cases.workflow.Action#isDecision()}) are taken by a procurator
 *       or a supervisor. A change of handler, in every workflow and every open stage, needs a supervisor and a
 *       reason (捕诉一体); giving an unassigned case its first handler needs a supervisor but no reason. Whether the
 *       acting procurator must be the handler is left to the service.</li>
 * </ul>
 */
package cn.procuratorate.wages.cases.workflow;
