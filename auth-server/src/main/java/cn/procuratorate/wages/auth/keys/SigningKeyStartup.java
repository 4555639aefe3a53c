package cn.procuratorate.wages.auth.keys;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up: the first key if none exists, a rotation if {@code auth.signing.rotate=true}, and every stored private
 * key sealed under the primary key-encryption key. A database that is down only delays this: the first token or JWK
 * set request creates the key, or seals keys stored in plain form, then.
 */
@Component
class SigningKeyStartup {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyStartup.class);

    private final SigningKeys keys;
    private final SigningProperties properties;

    SigningKeyStartup(SigningKeys keys, SigningProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void prepareKeys() {
        try {
            if (properties.rotate()) {
                keys.rotate(properties.minRotationInterval());
            }
            keys.housekeeping();
        } catch (RuntimeException e) {
            log.warn("Could not prepare signing keys yet ({}); retrying on the first request",
                    e.getClass().getSimpleName());
        }
    }
}
