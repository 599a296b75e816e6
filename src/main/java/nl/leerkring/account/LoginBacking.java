package nl.leerkring.account;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

import org.omnifaces.util.Messages;

import nl.leerkring.platform.ClientAddress;
import nl.leerkring.platform.LocaleSelection;

/** login.xhtml, and logging out from every page. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;
    @Inject
    private FacesContext facesContext;
    @Inject
    private ExternalContext externalContext;
    @Inject
    private LoginThrottleService throttle;
    @Inject
    private AccountService accounts;
    @Inject
    private LocaleSelection localeSelection;
    @Inject
    private ClientAddress clientAddress;

    // Not @NotBlank: the login page also fills the address from a view parameter, which may be absent.
    @Size(max = Person.EMAIL_MAX)
    private String email;
    @Size(max = PasswordPolicy.MAX_LENGTH)
    private String password;

    public void login() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        String client = clientAddress.of(request);
        if (throttle.mustWait(email, client)) {
            Messages.addGlobalError("login.locked");
            return;
        }
        HttpServletResponse response = (HttpServletResponse) externalContext.getResponse();
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        AuthenticationStatus status = securityContext.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password)))
                .newAuthentication(true));
        switch (status) {
            case SEND_CONTINUE -> {
                rememberLanguage();
                facesContext.responseComplete();
            }
            case SUCCESS -> {
                rememberLanguage();
                externalContext.redirect(externalContext.getRequestContextPath() + "/dashboard.xhtml");
            }
            default -> {
                // A failed attempt leaves state in the session that makes the next protected page
                // answer empty; a fresh session starts the next attempt clean.
                request.getSession().invalidate();
                Messages.addGlobalError(throttle.mustWait(email, client) ? "login.locked" : "login.failed");
            }
        }
    }

    private void rememberLanguage() {
        accounts.findByEmail(email).ifPresent(person -> localeSelection.use(person.getLanguage()));
    }

    public void logout() throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        request.logout();
        externalContext.invalidateSession();
        externalContext.redirect(externalContext.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
