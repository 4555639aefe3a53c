package cn.procuratorate.wages.common.privacy;

/**
 * The keysets are missing or unusable: the service must not start. The message says what to set; it never quotes
 * the configured value (a keyset is a secret).
 */
public class PrivacyConfigurationException extends IllegalStateException {

    public PrivacyConfigurationException(String message) {
        super(message);
    }
}
