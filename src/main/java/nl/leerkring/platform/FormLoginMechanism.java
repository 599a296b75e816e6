package nl.leerkring.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Form login on our own Faces page, as {@code @CustomFormAuthenticationMechanismDefinition} would
 * give it, but as a bean of ours so that {@link SecurityHeadersInterceptor} can reach the requests
 * the security layer answers before any filter runs (the redirect to the login page). The caller is
 * checked by {@link nl.leerkring.account.PersonIdentityStore}.
 */
@ApplicationScoped
@AutoApplySession
@LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false)
@SecurityHeadersInterceptor.Binding
public class FormLoginMechanism implements HttpAuthenticationMechanism {

    @Inject
    private IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() != null) {
            return context.notifyContainerAboutLogin(identityStores.validate(context.getAuthParameters().getCredential()));
        }
        return context.doNothing();
    }
}
