package cn.procuratorate.wages.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every layout needs, added to every page's model: the signed-in user ({@code currentUser}, null on public
 * pages), the path (for the navigation's current entry and the language links) and the page language.
 */
@ControllerAdvice
class PageModelAdvice {

    /** The signed-in staff member as the layout shows them. */
    public record CurrentUser(String name, List<String> roles) {

        public boolean hasRole(String role) {
            return roles.contains(role);
        }
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser(Authentication authentication) {
        if (!(authentication instanceof OAuth2AuthenticationToken)) {
            return null;
        }
        List<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).map(authority -> authority.substring(5))
                .sorted().toList();
        return new CurrentUser(authentication.getName(), roles);
    }

    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** For {@code <html lang>}: {@code zh-CN} or {@code en}. */
    @ModelAttribute("pageLanguage")
    String pageLanguage(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN";
    }
}
