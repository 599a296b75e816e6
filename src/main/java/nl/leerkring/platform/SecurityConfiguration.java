package nl.leerkring.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login on our own Faces page; the caller is checked by
 * {@link nl.leerkring.account.PersonIdentityStore}. Which pages need which role is in
 * {@link PageAccess} and web.xml.
 */
@CustomFormAuthenticationMechanismDefinition(
        loginToContinue = @LoginToContinue(loginPage = "/login.xhtml", errorPage = "", useForwardToLogin = false))
@FacesConfig
@ApplicationScoped
public class SecurityConfiguration {
}
