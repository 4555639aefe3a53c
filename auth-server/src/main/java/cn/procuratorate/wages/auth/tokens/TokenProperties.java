package cn.procuratorate.wages.auth.tokens;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code auth.tokens}: how long an access token is valid (resource servers accept it until then, offline). */
@ConfigurationProperties("auth.tokens")
public record TokenProperties(@DefaultValue("30m") Duration accessTokenTimeToLive) {
}
