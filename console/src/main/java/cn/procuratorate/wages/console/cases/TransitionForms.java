package cn.procuratorate.wages.console.cases;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each workflow action of case-service asks for (its {@code Transition} record), as form fields, and the
 * JSON body built from a submitted form. Field labels are {@code cases.field.<name>}, option labels
 * {@code cases.option.<options>.<VALUE>}. An action not listed here takes no input (a confirmation only).
 */
final class TransitionForms {

    enum Type { TEXT, TEXTAREA, SELECT, MONEY, CHECKBOX }

    /**
     * One input. {@code group} nests it in an object of the body ({@code facts}, {@code checklist});
     * {@code options} names the option list of a select.
     */
    record Field(String name, Type type, boolean required, String options, List<String> values, String group) {

        static Field text(String name, boolean required) {
            return new Field(name, Type.TEXT, required, null, List.of(), null);
        }

        static Field textarea(String name, boolean required) {
            return new Field(name, Type.TEXTAREA, required, null, List.of(), null);
        }

        static Field select(String name, boolean required, String options, String... values) {
            return new Field(name, Type.SELECT, required, options, List.of(values), null);
        }

        static Field money(String name, boolean required) {
            return new Field(name, Type.MONEY, required, null, List.of(), null);
        }

        static Field checkbox(String group, String name) {
            return new Field(name, Type.CHECKBOX, false, null, List.of(), group);
        }

        /** The form input's name: unique across groups. */
        public String inputName() {
            return group == null ? name : group + "." + name;
        }
    }

    private static final String[] NON_ARREST = {"NO_NECESSITY", "INSUFFICIENT_EVIDENCE", "NOT_A_CRIME", "OTHER"};
    private static final String[] NON_PROSECUTION = {"WAGES_PAID_BEFORE_PROSECUTION", "MINOR_CIRCUMSTANCES",
        "INSUFFICIENT_EVIDENCE", "NOT_A_CRIME", "OTHER"};

    private static final Map<String, List<Field>> FIELDS = Map.ofEntries(
            Map.entry("EXTEND_ARREST_REVIEW", List.of(Field.textarea("reason", true))),
            Map.entry("EXTEND_PROSECUTION_REVIEW", List.of(Field.textarea("reason", true))),
            Map.entry("RETURN_FOR_SUPPLEMENTARY_INVESTIGATION", List.of(Field.textarea("reason", true))),
            Map.entry("WITHDRAW", List.of(Field.textarea("reason", true))),
            Map.entry("DECLINE", List.of(Field.textarea("reason", true))),
            Map.entry("DECIDE_ARREST", List.of(Field.select("decision", true, "arrest", "ARREST", "NO_ARREST"),
                    Field.select("reason", false, "non-arrest", NON_ARREST), Field.textarea("note", false))),
            Map.entry("DECIDE_PROSECUTION", List.of(
                    Field.select("decision", true, "prosecution", "PROSECUTE", "NOT_PROSECUTE"),
                    Field.select("reason", false, "non-prosecution", NON_PROSECUTION),
                    Field.textarea("note", false))),
            Map.entry("RECORD_FACTS", List.of(Field.checkbox("facts", "suspectDetained"),
                    Field.checkbox("facts", "majorCase"), Field.checkbox("facts", "guiltyPlea"),
                    Field.checkbox("facts", "fastTrack"), Field.checkbox("facts", "likelySentenceOverOneYear"),
                    Field.textarea("note", false))),
            Map.entry("ASSESS_ELIGIBILITY", List.of(Field.checkbox("checklist", "rightsInfringed"),
                    Field.checkbox("checklist", "agenciesActedWithoutResult"),
                    Field.checkbox("checklist", "workerWantsToSue"),
                    Field.checkbox("checklist", "workerCannotOrDareNotSueAlone"))),
            Map.entry("ISSUE_SUPPORT_OPINION", List.of(Field.textarea("note", false))),
            Map.entry("ARRANGE_LEGAL_AID", List.of(Field.text("provider", true), Field.textarea("note", false))),
            Map.entry("RECORD_COURT_OUTCOME", List.of(
                    Field.select("outcome", true, "court-outcome", "WON", "PARTLY_WON", "LOST", "SETTLED",
                            "WITHDRAWN"),
                    Field.money("amountAwarded", false), Field.textarea("note", false))),
            Map.entry("RECORD_RECOVERY", List.of(Field.money("amountRecoveredToDate", true))),
            Map.entry("DECIDE_SUPERVISION", List.of(
                    Field.select("outcome", true, "supervision", "RETRIAL_SUGGESTION", "PROTEST",
                            "PROCURATORIAL_SUGGESTION", "NO_SUPERVISION"),
                    Field.textarea("reason", false))),
            Map.entry("RECORD_COURT_RESPONSE", List.of(
                    Field.select("kind", true, "court-response", "ADOPTED", "PARTLY_ADOPTED", "NOT_ADOPTED"),
                    Field.textarea("summary", false))),
            Map.entry("DECIDE_FALSE_LITIGATION", List.of(
                    Field.select("outcome", true, "false-litigation", "REFERRED_TO_POLICE", "SUGGESTION_TO_COURT",
                            "UNFOUNDED"),
                    Field.textarea("reason", false))),
            Map.entry("CHANGE_HANDLER", List.of(Field.text("newHandlerId", true), Field.textarea("reason", true))),
            Map.entry("CLOSE", List.of(Field.textarea("summary", false))));

    private TransitionForms() {
    }

    static List<Field> fieldsOf(String action) {
        return FIELDS.getOrDefault(action, List.of());
    }

    /**
     * The transition's JSON body: {@code action} plus the action's fields from the form; blanks are left out (the
     * service says which are missing), money is sent as a number, checkboxes as booleans in their group.
     */
    static Map<String, Object> body(String action, Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action);
        for (Field field : fieldsOf(action)) {
            String value = form.get(field.inputName());
            if (field.type() == Type.CHECKBOX) {
                @SuppressWarnings("unchecked")
                Map<String, Object> group = (Map<String, Object>) body.computeIfAbsent(field.group(),
                        g -> new LinkedHashMap<String, Object>());
                group.put(field.name(), value != null);
            } else if (value != null && !value.isBlank()) {
                body.put(field.name(), field.type() == Type.MONEY ? money(value) : value.strip());
            }
        }
        return body;
    }

    /** A number when it reads as one; otherwise the text, which the service refuses with its own message. */
    private static Object money(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException notANumber) {
            return value.strip();
        }
    }
}
