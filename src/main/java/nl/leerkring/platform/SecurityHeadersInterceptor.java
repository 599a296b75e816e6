package nl.leerkring.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security layer answers some requests itself, before the filters: it redirects an anonymous
 * caller of a protected page to the login page (the {@code @LoginToContinue} interceptor, which
 * never calls the mechanism for that). This interceptor runs around it (a lower priority number
 * runs first) and sets {@link SecurityHeaders} on the response, so that redirect carries them too.
 * It also answers methods no page accepts with 405 there, instead of sending them to log in.
 */
@Interceptor
@SecurityHeadersInterceptor.Binding
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class SecurityHeadersInterceptor {

    @AroundInvoke
    public Object aroundValidateRequest(InvocationContext invocation) throws Exception {
        if (!invocation.getMethod().getName().equals("validateRequest")) {
            return invocation.proceed();
        }
        HttpServletRequest request = (HttpServletRequest) invocation.getParameters()[0];
        HttpServletResponse response = (HttpServletResponse) invocation.getParameters()[1];
        SecurityHeaders.apply(request, response);
        if (!RequestForgeryFilter.METHODS.contains(request.getMethod())) {
            RequestForgeryFilter.refuseMethod(response);
            return AuthenticationStatus.SEND_FAILURE;
        }
        return invocation.proceed();
    }

    /** Binds the interceptor to {@link FormLoginMechanism}. */
    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    public @interface Binding {
    }
}
