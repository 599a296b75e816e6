package nl.leerkring.mail;

/** A mail could not be delivered. Permanent: trying again will not help (a refused address). */
public class MailDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean permanent;

    public MailDeliveryException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    public boolean isPermanent() {
        return permanent;
    }
}
