package cn.procuratorate.wages.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The user's token is gone (refresh refused, or the gateway answered 401) during an htmx request. A full page is
 * sent through auth-server by Spring Security's redirect; an XMLHttpRequest would follow that redirect invisibly and
 * swap a sign-in page (or the wrong page) into a fragment. So htmx is told to load the page the user is on
 * ({@code HX-Redirect}), and that request goes through sign-in and back. Other requests are left to Spring Security.
 */
@Component
class HtmxSignInRedirect implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception exception) {
        if (!(exception instanceof ClientAuthorizationRequiredException) || request.getHeader("HX-Request") == null) {
            return null;
        }
        response.setHeader("HX-Redirect", currentPage(request.getHeader("HX-Current-URL")));
        return new ModelAndView();
    }

    /** The page's path and query, only within the console (the header comes from the browser); else the desk. */
    private static String currentPage(String currentUrl) {
        try {
            URI page = URI.create(currentUrl == null ? "" : currentUrl);
            String path = page.getRawPath();
            if (path != null && (path.equals("/console") || path.startsWith("/console/"))) {
                return page.getRawQuery() == null ? path : path + "?" + page.getRawQuery();
            }
        } catch (IllegalArgumentException malformed) {
            // fall through to the desk
        }
        return "/console";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
