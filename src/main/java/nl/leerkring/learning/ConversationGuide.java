package nl.leerkring.learning;

import java.util.List;

/**
 * The conversation guide of seed 000 ("GESPREKSLEIDRAAD", Collegiale feedback, Kansrijke Entree,
 * Hogeschool Rotterdam 2023): A the interviewer, B the narrator. The prompts are the seed's own
 * Dutch words, shown beside each notes field whatever the interface language.
 */
public final class ConversationGuide {

    /** A line of the guide, with the points under it when it has any. */
    public record Prompt(String text, List<String> points) {

        static Prompt of(String text, String... points) {
            return new Prompt(text, List.of(points));
        }
    }

    /** A step of the conversation, in order; each has its own notes field. */
    public enum Step {
        CHECK_IN("INCHECKEN", List.of(
                Prompt.of("Komt het gelegen? Plaats, tijd, stress"))),
        OPENING("STARTVRAAG", List.of(
                Prompt.of("A. VRAAG Welke ontmoeting die je afgelopen week hebt gehad met een student of een andere "
                        + "begeleider, wil je bespreken?"),
                Prompt.of("B. Vertelt over de ontmoeting, kort maar compleet",
                        "Wat gebeurde er? Wat was er aan de hand?",
                        "Hoe heb je de begeleiding aangepakt?",
                        "Aanleiding",
                        "Achtergrond / situatie, student",
                        "Context (klas, werkvloer, koffieautomaat enz.)"))),
        FOLLOW_UP("VERVOLGVRAGEN", List.of(
                Prompt.of("A. Luistert eerst goed naar het verhaal. Stelt indien nodig verhelderende vragen om de casus "
                        + "goed te begrijpen, bijvoorbeeld:",
                        "Wat was de aanleiding voor de ontmoeting? Wat ging eraan vooraf?",
                        "Hoe heb je de begeleiding aangepakt?"),
                Prompt.of("LET OP: Het is niet nodig al deze vragen te stellen, het hangt af van wat B al heeft verteld en "
                        + "van het verhaal. Niet alles hoeft van toepassing te zijn."),
                Prompt.of("Denk daarbij aan belangrijke kenmerken voor begeleiding van de student: "
                        + "Hoe kijk je naar deze ontmoeting als het gaat om …",
                        "Aandacht hebben voor de relatie met de student (interesse tonen, vertrouwen schenken)?",
                        "Een goed beeld hebben van de student? Wat de student kan en wil in leren en werk? Wat zijn "
                                + "eventuele belemmerende persoonlijke omstandigheden?",
                        "Inspelen op de behoeften van de student?",
                        "Uitspreken van verwachtingen naar de student en afspraken",
                        "Jouw benaderbaarheid (frequent en informeel contact)",
                        "Stimuleren van de autonomie van de student",
                        "Positieve en progressiegerichte benadering",
                        "Volhoudende houding"),
                Prompt.of("Denk daarbij aan belangrijke kenmerken voor samenwerking met andere begeleiders: "
                        + "Hoe kijk je naar deze ontmoeting als het gaat om …",
                        "Samen optrekken – match student/stageplek, tijdige info, pedagogische lijn",
                        "Regie, taken, verantwoordelijkheden – onderlinge verwachtingen en afspraken over wie wat "
                                + "doet/moet doen",
                        "Kennis en expertise van elkaar benutten"),
                Prompt.of("B. Geeft aanvullende antwoorden en gaat dieper in op de verschillende begeleidingskenmerken "
                        + "die van toepassing zijn"))),
        DEEPENING("VERDIEPING", List.of(
                Prompt.of("A. Stelt enkele vragen die uitnodigen om te reflecteren op het handelen van B. Stel alleen "
                        + "open vragen (begin de vraag niet met een werkwoord). Bijvoorbeeld:",
                        "Welke invloed had jij, en welke had(den) de ander of anderen in deze ontmoeting?",
                        "Waar vind jij dat je anders had kunnen of moeten handelen? Welke alternatieven kan je bedenken?",
                        "Welke uitkomst had je liever gehad? Hoe kan je daar een volgende keer op aansturen?",
                        "Wat zit je dwars?",
                        "Hoe kan je deze (niet zo positieve) ervaring ombuigen tot een positieve?"),
                Prompt.of("B. Geeft antwoord op een vraag (of meerdere vragen)"))),
        CHECK("CHECK", List.of(
                Prompt.of("A. Trekt conclusies en checkt waar de kern zit:", "Zit het probleem in …?"),
                Prompt.of("B. Reageert"),
                Prompt.of("A. (indien gewenst of van toepassing) Deelt eigen ervaringen, geeft tips, advies, doet "
                        + "suggesties enz."))),
        CLOSING_INSIGHTS("AFSLUITING", List.of(
                Prompt.of("A en B Wisselen inzichten uit die zij hebben opgedaan"))),
        ACTIONS("AFSLUITING", List.of(
                Prompt.of("B Benoemt welke actie(s) deze gaat ondernemen"),
                Prompt.of("B Benoemt wat deze gaat veranderen of welke andere aanpak in begeleiding deze gaat "
                        + "uitproberen")));

        private final String seedHeading;
        private final List<Prompt> prompts;

        Step(String seedHeading, List<Prompt> prompts) {
            this.seedHeading = seedHeading;
            this.prompts = prompts;
        }

        /** The step's heading in the seed, in Dutch. */
        public String getSeedHeading() {
            return seedHeading;
        }

        public List<Prompt> getPrompts() {
            return prompts;
        }
    }

    private ConversationGuide() {
    }
}
