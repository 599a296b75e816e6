package nl.leerkring.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.omnifaces.util.Messages;

/** account/forgot.xhtml: asks for a reset link; the answer never tells whether the address exists. */
@Named
@RequestScoped
public class ForgotPasswordBacking {

    @Inject
    private AccountService accounts;

    @NotBlank
    @Size(max = Person.EMAIL_MAX)
    private String email;

    private boolean sent;

    public void send() {
        accounts.requestPasswordReset(email);
        sent = true;
        Messages.addGlobalInfo("forgot.sent");
    }

    public boolean isSent() {
        return sent;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
