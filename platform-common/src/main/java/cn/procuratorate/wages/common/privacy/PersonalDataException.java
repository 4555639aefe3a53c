package cn.procuratorate.wages.common.privacy;

/** Sealing, opening or hashing failed; the message names the context, never the value. */
public class PersonalDataException extends IllegalStateException {

    public PersonalDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
