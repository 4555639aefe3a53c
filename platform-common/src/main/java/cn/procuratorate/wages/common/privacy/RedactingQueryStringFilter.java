package cn.procuratorate.wages.common.privacy;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A look-up such as {@code GET /api/petitions?residentId=…} carries personal data in its query string, which the
 * DispatcherServlet and Spring Security print in their debug lines. Behind this filter the request answers
 * {@link HttpServletRequest#getQueryString()} redacted, while {@code getParameter} (what controllers bind) keeps the
 * real values. Paths are left alone (routing needs them): personal data never belongs in a path.
 */
public class RedactingQueryStringFilter extends OncePerRequestFilter {

    private final Set<String> personalParameters;

    public RedactingQueryStringFilter(Set<String> personalParameters) {
        this.personalParameters = Set.copyOf(personalParameters);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        String redacted = QueryStringRedaction.redact(query, personalParameters);
        if (query == null || query.equals(redacted)) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getQueryString() {
                return redacted;
            }
        }, response);
    }
}
