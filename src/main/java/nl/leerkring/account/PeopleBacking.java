package nl.leerkring.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import nl.leerkring.platform.BusinessException;
import nl.leerkring.platform.Role;
import nl.leerkring.platform.Texts;

/** account/people.xhtml: the coordinator invites and manages facilitators and coordinators. */
@Named
@RequestScoped
public class PeopleBacking {

    @Inject
    private AccountService accounts;
    @Inject
    private CurrentPerson currentPerson;

    private List<Person> people;

    // No @Size: the entity refuses a too long text with a message naming the field and the limit.
    @NotBlank
    private String name;
    @NotBlank
    private String email;
    @NotNull
    private Role role = Role.FACILITATOR;
    @NotNull
    @Pattern(regexp = "nl|en")
    private String language = "nl";

    @PostConstruct
    void load() {
        people = accounts.listStaff();
    }

    public void invite() {
        if (role != Role.FACILITATOR && role != Role.COORDINATOR) {
            throw new BusinessException("account.roleRequired");
        }
        Person person = accounts.invite(email, name, EnumSet.of(role), language);
        Messages.addGlobalInfo("people.invited", person.getDisplayName(), person.getEmail());
        name = null;
        email = null;
        load();
    }

    public void toggleDisabled(long personId) {
        Person person = accounts.getPerson(personId);
        accounts.setDisabled(personId, !person.isDisabled(), me());
        Messages.addGlobalInfo(person.isDisabled() ? "people.enabled" : "people.disabled", person.getDisplayName());
        load();
    }

    public void toggleRole(long personId, Role toggled) {
        Person person = accounts.getPerson(personId);
        accounts.setRole(personId, toggled, !person.hasRole(toggled), me());
        Messages.addGlobalInfo("people.rolesChanged", person.getDisplayName());
        load();
    }

    public void resendActivation(long personId) {
        accounts.resendActivation(personId);
        Messages.addGlobalInfo("people.activationResent");
    }

    private long me() {
        return currentPerson.id().orElseThrow();
    }

    public boolean isMe(Person person) {
        return currentPerson.id().map(person.getId()::equals).orElse(false);
    }

    /** "Make facilitator" or "No longer facilitator", for the button that toggles a role. */
    public String roleAction(Person person, Role role) {
        Locale locale = Faces.getLocale();
        String roleName = Texts.get(locale, "enum.Role." + role.name());
        return Texts.get(locale, person.hasRole(role) ? "account.people.revoke" : "account.people.grant", roleName);
    }

    public List<Role> getStaffRoles() {
        return List.of(Role.FACILITATOR, Role.COORDINATOR);
    }

    public List<Person> getPeople() {
        return people;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
