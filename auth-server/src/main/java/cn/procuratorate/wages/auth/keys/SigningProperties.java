package cn.procuratorate.wages.auth.keys;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code auth.signing}: {@code rotate=true} adds a new signing key at start-up, unless the newest key is younger
 * than {@code min-rotation-interval}, so a rolling restart of N instances that all have the flag rotates once.
 */
@ConfigurationProperties("auth.signing")
record SigningProperties(@DefaultValue("false") boolean rotate, @DefaultValue("1h") Duration minRotationInterval) {
}
