package cn.procuratorate.wages.console.web;

import cn.procuratorate.wages.console.gateway.GatewayException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A {@link GatewayException} no page caught: the page becomes the message, in the staff or public layout by path,
 * with the gateway's status. An htmx request gets just the message fragment, retargeted to the layout's
 * {@code #problems} region (announced to screen readers), so a failed button press does not wipe the page.
 */
@ControllerAdvice
class GatewayErrorAdvice {

    @ExceptionHandler(GatewayException.class)
    ModelAndView gatewayFailed(GatewayException problem, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(problem.status());
        if (problem.retryAfterSeconds() != null) {
            response.setHeader("Retry-After", String.valueOf(problem.retryAfterSeconds()));
        }
        if (request.getHeader("HX-Request") != null) {
            response.setHeader("HX-Retarget", "#problems");
            response.setHeader("HX-Reswap", "innerHTML");
            ModelAndView fragment = new ModelAndView("web/fragments :: problem");
            fragment.addObject("problem", problem);
            return fragment;
        }
        boolean publicPage = request.getRequestURI().startsWith("/public");
        ModelAndView page = new ModelAndView(publicPage ? "web/public-problem" : "web/staff-problem");
        page.addObject("problem", problem);
        return page;
    }

    /** From {@code GatewayClient.rest()} used directly: the gateway could not be reached. */
    @ExceptionHandler(ResourceAccessException.class)
    ModelAndView gatewayUnreachable(ResourceAccessException cause, HttpServletRequest request,
            HttpServletResponse response) {
        GatewayException problem = new GatewayException(GatewayException.Kind.UNAVAILABLE, 503, null, List.of(),
                null, null);
        problem.initCause(cause);
        return gatewayFailed(problem, request, response);
    }
}
