package cn.procuratorate.wages.auth.dev;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.stereotype.Component;

/** Dev profile only: tells the developer, once at start-up, how to get a token of each dev role with curl. */
@Component
@Profile("dev")
class DevTokenHint {

    private static final Logger log = LoggerFactory.getLogger(DevTokenHint.class);

    private final String tokenUrl;

    DevTokenHint(AuthorizationServerSettings settings) {
        // The issuer is the gateway's public URL, so these commands go through the gateway like a real client.
        this.tokenUrl = settings.getIssuer() + settings.getTokenEndpoint();
    }

    @EventListener(ApplicationReadyEvent.class)
    void logHowToGetTokens() {
        StringBuilder hint = new StringBuilder(
                "Dev tokens by curl (dev-* clients stand in for staff users and exist only under the dev profile):");
        for (DevAccounts.Account account : DevAccounts.ALL) {
            line(hint, account.role() + " " + account.unit(), account.clientId());
        }
        line(hint, "PARTNER_AGENCY HRSS", "hrss-agency");
        line(hint, "SERVICE", "platform-services");
        line(hint, "OPERATOR", "operations");
        log.info("{}", hint);
    }

    private void line(StringBuilder hint, String who, String clientId) {
        // application-dev.yml gives hrss-agency and platform-services the same dev secret as the dev-* clients.
        hint.append(System.lineSeparator()).append(String.format(
                "  %-20s curl -s -u %s:%s -d grant_type=client_credentials %s",
                who, clientId, DevAccounts.CLIENT_SECRET, tokenUrl));
    }
}
