package nl.leerkring.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import nl.leerkring.platform.LanguageChosen;

/** Keeps a signed-in person's language choice, which also decides the language of their mails. */
@RequestScoped
public class LanguageChoiceStore {

    @Inject
    private AccountService accountService;
    @Inject
    private CurrentPerson currentPerson;

    void store(@Observes LanguageChosen chosen) {
        currentPerson.id().ifPresent(id -> accountService.changeLanguage(id, chosen.locale().getLanguage()));
    }
}
