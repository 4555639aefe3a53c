package cn.procuratorate.wages.common.privacy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;

/**
 * A piece of personal data as it travels through a request or a response (an ID number, a phone), whose
 * {@link #toString()} never shows it. Request and response records hold this type instead of {@code String} because
 * the framework prints them: a debug log of the request body ("Read … to [NewPetition[…]]"), the rejected value of a
 * field error, the "Writing [...]" line of a response. In JSON it is a plain string.
 */
public final class PersonalText {

    private final String text;
    private final String forLogs;

    private PersonalText(String text, String forLogs) {
        this.text = Objects.requireNonNull(text, "text");
        this.forLogs = forLogs;
    }

    /** Text a client sent, not yet validated: nothing of it is shown, not even masked (it may not be well formed). */
    public static PersonalText of(String text) {
        return new PersonalText(text, "[personal data, " + text.length() + " chars]");
    }

    /**
     * What a response shows ({@code shown}: full or masked, as the masking policy decided); its log form is always
     * the masked one.
     */
    public static PersonalText shown(String shown, String masked) {
        return new PersonalText(shown, masked);
    }

    /**
     * Only a JSON string is accepted. A number (an ID number without its X, a phone) is refused with a message of
     * our own, because the JSON parser's message would quote the number, and that message reaches debug logs.
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static PersonalText fromJson(Object json) {
        if (json instanceof String text) {
            return of(text);
        }
        throw new IllegalArgumentException("Personal data must be a JSON string");
    }

    /** The text itself, for validation, sealing, or the JSON body. */
    @JsonValue
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonalText that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return forLogs;
    }
}
