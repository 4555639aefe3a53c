package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.cases.workflow.Transition;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.springframework.boot.jackson.JacksonMixin;

/**
 * How a transition arrives as JSON: its {@code action} names the record, the other properties are the record's
 * ({@code {"action": "DECIDE_ARREST", "decision": "NO_ARREST", "reason": "NO_NECESSITY"}}). A mix-in, so that the
 * workflow rules stay free of JSON annotations; {@code TransitionJsonTest} checks that every transition is listed.
 */
@JacksonMixin(Transition.class)
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "action")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Transition.StartArrestReview.class, name = "START_ARREST_REVIEW"),
        @JsonSubTypes.Type(value = Transition.StartProsecutionReview.class, name = "START_PROSECUTION_REVIEW"),
        @JsonSubTypes.Type(value = Transition.ExtendArrestReview.class, name = "EXTEND_ARREST_REVIEW"),
        @JsonSubTypes.Type(value = Transition.DecideArrest.class, name = "DECIDE_ARREST"),
        @JsonSubTypes.Type(value = Transition.ExtendProsecutionReview.class, name = "EXTEND_PROSECUTION_REVIEW"),
        @JsonSubTypes.Type(value = Transition.ReturnForSupplementaryInvestigation.class, name = "RETURN_FOR_SUPPLEMENTARY_INVESTIGATION"),
        @JsonSubTypes.Type(value = Transition.ResumeAfterSupplementaryInvestigation.class, name = "RESUME_AFTER_SUPPLEMENTARY_INVESTIGATION"),
        @JsonSubTypes.Type(value = Transition.DecideProsecution.class, name = "DECIDE_PROSECUTION"),
        @JsonSubTypes.Type(value = Transition.RecordFacts.class, name = "RECORD_FACTS"),
        @JsonSubTypes.Type(value = Transition.AssessEligibility.class, name = "ASSESS_ELIGIBILITY"),
        @JsonSubTypes.Type(value = Transition.IssueSupportOpinion.class, name = "ISSUE_SUPPORT_OPINION"),
        @JsonSubTypes.Type(value = Transition.ArrangeLegalAid.class, name = "ARRANGE_LEGAL_AID"),
        @JsonSubTypes.Type(value = Transition.RecordCourtOutcome.class, name = "RECORD_COURT_OUTCOME"),
        @JsonSubTypes.Type(value = Transition.RecordRecovery.class, name = "RECORD_RECOVERY"),
        @JsonSubTypes.Type(value = Transition.AcceptApplication.class, name = "ACCEPT_APPLICATION"),
        @JsonSubTypes.Type(value = Transition.DecideSupervision.class, name = "DECIDE_SUPERVISION"),
        @JsonSubTypes.Type(value = Transition.RecordCourtResponse.class, name = "RECORD_COURT_RESPONSE"),
        @JsonSubTypes.Type(value = Transition.StartInvestigation.class, name = "START_INVESTIGATION"),
        @JsonSubTypes.Type(value = Transition.DecideFalseLitigation.class, name = "DECIDE_FALSE_LITIGATION"),
        @JsonSubTypes.Type(value = Transition.ChangeHandler.class, name = "CHANGE_HANDLER"),
        @JsonSubTypes.Type(value = Transition.Withdraw.class, name = "WITHDRAW"),
        @JsonSubTypes.Type(value = Transition.Decline.class, name = "DECLINE"),
        @JsonSubTypes.Type(value = Transition.Close.class, name = "CLOSE")
})
interface TransitionJson {
}
