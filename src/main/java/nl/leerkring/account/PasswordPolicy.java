package nl.leerkring.account;

import nl.leerkring.platform.BusinessException;

/** What a new password must be: long enough, not absurdly long, not the e-mail address. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password, String repeated, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessException("password.tooShort", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessException("password.tooLong", MAX_LENGTH);
        }
        if (!password.equals(repeated)) {
            throw new BusinessException("password.mismatch");
        }
        if (password.trim().equalsIgnoreCase(email)) {
            throw new BusinessException("password.isEmail");
        }
    }
}
