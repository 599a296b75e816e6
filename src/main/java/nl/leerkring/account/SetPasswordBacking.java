package nl.leerkring.account;

import java.io.IOException;
import java.util.Optional;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.platform.Texts;

/**
 * account/password.xhtml: choosing a password through an activation or password-reset link.
 * Unknown, used and expired links all get the same answer.
 */
@Named
@ViewScoped
public class SetPasswordBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    private String token;
    private TokenPurpose purpose;
    private String password;
    private String repeated;

    /** Called by f:viewAction on the first GET. */
    public void load() {
        Optional<TokenPurpose> found = accounts.purposeOf(token);
        purpose = found.orElse(null);
    }

    public void save() throws IOException {
        Person person = accounts.setPassword(token, password, repeated);
        Messages.addFlashGlobalInfo(purpose == TokenPurpose.ACTIVATION ? "password.activated" : "password.changed");
        Faces.redirect("login.xhtml?email=%s", person.getEmail());
    }

    public boolean isValid() {
        return purpose != null;
    }

    public boolean isActivation() {
        return purpose == TokenPurpose.ACTIVATION;
    }

    public String getHint() {
        return Texts.get(Faces.getLocale(), "account.password.hint", PasswordPolicy.MIN_LENGTH);
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
