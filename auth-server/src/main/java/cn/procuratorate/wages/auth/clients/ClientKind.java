package cn.procuratorate.wages.auth.clients;

/** The kinds of client the platform knows; each decides the grant, the authentication and the role. */
public enum ClientKind {
    /** Web or mobile front end: a public client, authorization code with PKCE, tokens on behalf of a staff user. */
    FRONT_END,
    /**
     * A server-side web application (the staff console): a confidential client, authorization code with PKCE as well,
     * and refresh tokens, because it keeps them on the server, never in the browser.
     */
    WEB_APP,
    /** A partner agency's system: client credentials, role PARTNER_AGENCY and its sector. */
    PARTNER_AGENCY,
    /** One of the platform's services calling another: client credentials, role SERVICE. */
    SERVICE,
    /** Operations tooling (the Prometheus scraper): client credentials, role OPERATOR. */
    OPERATOR
}
