package cn.procuratorate.wages.petitions.petition;

/** A step the petition's state does not allow (409), with a stable rule code and a message code for its text. */
public class PetitionRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String rule;

    PetitionRefused(String rule) {
        super(rule);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
