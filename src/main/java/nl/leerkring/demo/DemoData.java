package nl.leerkring.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.leerkring.account.AccountService;
import nl.leerkring.platform.Links;
import nl.leerkring.platform.Role;
import nl.leerkring.cohort.AttendanceStatus;
import nl.leerkring.cohort.Cohort;
import nl.leerkring.library.AgendaPart;
import nl.leerkring.library.ItemType;
import nl.leerkring.library.LibraryItem;
import nl.leerkring.library.LibraryService;
import nl.leerkring.library.Visibility;
import nl.leerkring.cohort.CohortService;
import nl.leerkring.cohort.MeetingService;
import nl.leerkring.cohort.Meeting;
import nl.leerkring.cohort.ParticipantList;
import nl.leerkring.instrument.FrameworkAxis;
import nl.leerkring.instrument.FrameworkItem;
import nl.leerkring.learning.DuoService;
import nl.leerkring.learning.session.GroupIdea;
import nl.leerkring.learning.session.GroupQuestionService;
import nl.leerkring.learning.session.GroupSession;
import nl.leerkring.learning.Reflection;
import nl.leerkring.learning.ReflectionService;
import nl.leerkring.learning.ReflectionVisibility;
import nl.leerkring.learning.LearningQuestionService;
import nl.leerkring.learning.MeetingSummaryService;
import nl.leerkring.learning.PracticePlanService;
import nl.leerkring.scan.ScanMoment;
import nl.leerkring.scan.ScanService;
import nl.leerkring.scan.SelfScan;

/**
 * On a laptop (leerkring.demo-data=true) an empty database gets demo people and a running
 * cohort, and every start
 * prints where the app runs and how to log in. Never switched on in production.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    static final String PASSWORD = "leerkring-demo";

    private record DemoPerson(String email, String name, Role role) {
    }

    private static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("coordinator@demo.leerkring.nl", "Carla de Vries", Role.COORDINATOR),
            new DemoPerson("facilitator@demo.leerkring.nl", "Frank Jansen", Role.FACILITATOR),
            new DemoPerson("wpb1@demo.leerkring.nl", "Pieter de Boer", Role.PARTICIPANT),
            new DemoPerson("wpb2@demo.leerkring.nl", "Sanne Visser", Role.PARTICIPANT));

    @Inject
    private AccountService accounts;
    @Inject
    private CohortService cohorts;
    @Inject
    private MeetingService meetingService;
    @Inject
    private ScanService scans;
    @Inject
    private LearningQuestionService questions;
    @Inject
    private PracticePlanService plans;
    @Inject
    private DuoService duos;
    @Inject
    private GroupQuestionService groupQuestions;
    @Inject
    private ReflectionService reflections;
    @Inject
    private MeetingSummaryService summaries;
    @Inject
    private Clock clock;
    @Inject
    @ConfigProperty(name = "leerkring.demo-data", defaultValue = "false")
    private boolean enabled;
    @Inject
    private LibraryService library;
    @Inject
    private Links links;

    /**
     * A cohort that started six weeks ago: the start meeting and meeting 2 held, one
     * participant missed meeting 2, homework agreed, theory set for meeting 3; one participant
     * submitted a self-scan. Both wrote a learning question, the start meeting chose the shared
     * question by the nominal group technique, they form a duo, Pieter made a plan after each meeting
     * held and reported on the first, and shared a reflection on the start meeting that Sanne answered.
     * The start meeting's summary was sent; meeting 2's is overdue.
     */
    private void seedCohort() {
        long facilitator = accounts.findByEmail("facilitator@demo.leerkring.nl").orElseThrow().getId();
        LocalDate start = LocalDate.now(clock).minusWeeks(6);
        Cohort cohort = cohorts.create("Werkplekopleiders najaar", "Opleidingsschool Zutphen", start, null, facilitator);
        cohorts.addParticipants(cohort.getId(), List.of(
                new ParticipantList.Entry("Pieter de Boer", "wpb1@demo.leerkring.nl"),
                new ParticipantList.Entry("Sanne Visser", "wpb2@demo.leerkring.nl")), facilitator);
        List<Meeting> meetings = meetingService.meetings(cohort);
        long pieter = accounts.findByEmail("wpb1@demo.leerkring.nl").orElseThrow().getId();
        long sanne = accounts.findByEmail("wpb2@demo.leerkring.nl").orElseThrow().getId();
        // Their accounts existed, so they were invited; in the demo both have said yes.
        cohorts.accept(cohort.getId(), pieter);
        cohorts.accept(cohort.getId(), sanne);
        meetingService.recordAttendance(meetings.get(0).getId(), List.of(
                new MeetingService.AttendanceEntry(pieter, AttendanceStatus.PRESENT, null),
                new MeetingService.AttendanceEntry(sanne, AttendanceStatus.PRESENT, null)), facilitator);
        meetingService.recordAttendance(meetings.get(1).getId(), List.of(
                new MeetingService.AttendanceEntry(pieter, AttendanceStatus.PRESENT, null),
                new MeetingService.AttendanceEntry(sanne, AttendanceStatus.ABSENT, "Ziek")), facilitator);
        meetingService.recordOutcome(meetings.get(1).getId(),
                "Lees het stageplan van je aanstaande leraar en stel samen met hem of haar een leerroute op.",
                "Gezamenlijke leervraag: Hoe bepaal je waar een aanstaande leraar staat binnen het curriculum "
                        + "van de opleiding en hoe stel je een leerroute op om het juiste niveau te behalen?", facilitator);
        // Pieter took the self-scan before the start meeting.
        SelfScan scan = scans.start(pieter, ScanMoment.START);
        int[] answers = {5, 6, 5, 4, 5, 3, 4, 3, 3, 2, 5, 6, 3, 5, 4, 5, 5, 4, 5};
        List<FrameworkItem> statements = scans.statements(scan);
        for (int i = 0; i < statements.size(); i++) {
            scans.answer(scan.getId(), statements.get(i).getId(), answers[i % answers.length], pieter);
        }
        scans.submit(scan.getId(), pieter);
        seedLearningLoop(cohort, meetings, pieter, sanne, facilitator);
        seedLibrary(cohort, meetings, pieter, facilitator);
        meetingService.prepare(meetings.get(2).getId(), new Meeting.Agenda("Ervaringen met de leerroute delen in tweetallen.",
                "Kwadrantenopdracht opleidingsdidactiek.", null, "Ieder kiest één didactische aanpak om uit te proberen.",
                null, "Lees de stagedocumenten van de opleiding over de leeruitkomsten van jouw stagesoort."), facilitator);
    }

    private void seedLearningLoop(Cohort cohort, List<Meeting> meetings, long pieter, long sanne, long facilitator) {
        List<FrameworkAxis> areas = questions.areas();
        questions.ask(cohort.getId(), areas.get(3).getId(),
                "Hoe help ik mijn aanstaande leraar om de theorie van de opleiding te koppelen aan de eigen lessen?", pieter);
        questions.ask(cohort.getId(), areas.get(2).getId(),
                "Hoe bepaal ik of het stageplan van mijn student op het juiste niveau is?", sanne);
        duos.pair(cohort.getId(), pieter, sanne, facilitator);
        String shared = "Hoe bepaal je waar een aanstaande leraar staat binnen het curriculum van de opleiding?";
        GroupSession session = groupQuestions.start(cohort.getId(), null, facilitator);
        GroupIdea route = groupQuestions.addIdea(session.getId(), "Hoe stel je samen met de student een leerroute op?", pieter);
        GroupIdea level = groupQuestions.addIdea(session.getId(), "Wat moet een student in welke stage kunnen laten zien?", sanne);
        groupQuestions.advance(session.getId(), facilitator);
        groupQuestions.advance(session.getId(), facilitator);
        groupQuestions.advance(session.getId(), facilitator);
        groupQuestions.vote(session.getId(), List.of(level.getId(), route.getId()), pieter);
        groupQuestions.vote(session.getId(), List.of(level.getId(), route.getId()), sanne);
        groupQuestions.advance(session.getId(), facilitator);
        groupQuestions.record(session.getId(), shared, areas.get(2).getId(), facilitator);
        Reflection reflection = reflections.submit(meetings.get(0).getId(), List.of(
                "Het uitwisselen van de leervragen: iedereen worstelt met het niveau van de student.",
                "Dat de zelfscan laat zien waar ik sterk ben en waar niet.",
                "Ik ga het stageplan samen met mijn student naast de stagedocumenten leggen.",
                "Nog niet: dat volgt na het uitproberen."), ReflectionVisibility.GROUP, pieter);
        reflections.respond(reflection.getId(), "Herkenbaar! Zullen we onze stageplannen naast elkaar leggen?", sanne);
        plans.save(meetings.get(0).getId(), shared,
                "Het stageplan van mijn student naast de stagedocumenten van de opleiding leggen en samen bespreken.", 60, pieter);
        plans.report(meetings.get(0).getId(), "Een goed gesprek; het stageplan is aangepast met duidelijke doelen.",
                "Hij formuleerde zelf twee leerdoelen bij de leeruitkomsten.",
                "Ik mag de leervraag van de student ook richting geven.", pieter);
        plans.save(meetings.get(1).getId(), shared,
                "Samen met mijn student een leerroute opstellen voor de komende zes weken.", 90, pieter);
        // The start meeting's summary went out; meeting 2's has not, more than a week after it: overdue.
        summaries.send(meetings.get(0).getId(), "Onze gezamenlijke leervraag:\n" + shared
                + "\n\nWat we hebben afgesproken:\nLeg het stageplan van je student naast de stagedocumenten van de "
                + "opleiding en bespreek het samen.\n\nTheorie voor de volgende keer:\nDe leeruitkomsten van jouw stagesoort.",
                facilitator);
    }

    /**
     * Issue 12: material for the whole partnership (one attached to meeting 2), one for the cohort only,
     * a draft of the facilitator's, and Pieter's own instrument waiting for the facilitator's approval.
     */
    private void seedLibrary(Cohort cohort, List<Meeting> meetings, long pieter, long facilitator) {
        LibraryItem calibrate = library.create(new LibraryItem.Content("Leeruitkomsten samen lezen",
                "Lees met je student de leeruitkomsten van de stage en spreek af wat je wanneer ziet.", ItemType.ASSIGNMENT,
                null, List.<String[]>of(new String[] {"Doel", "Samen weten waar de stage om draait."},
                        new String[] {"Stappen", "1. Lees de leeruitkomsten hardop.\n2. Kies er twee voor deze maand."}),
                Set.of(4), Set.of(2, 3)), Visibility.PARTNERSHIP, null, false, facilitator);
        library.attach(meetings.get(1).getId(), calibrate.getId(), AgendaPart.THEORY, facilitator);
        library.create(new LibraryItem.Content("Afspraken van ons cohort", "Wat we in de startbijeenkomst afspraken over "
                + "observeren in elkaars lessen.", ItemType.WORK_FORM, null, List.of(), Set.of(1), Set.of(1)),
                Visibility.COHORT, cohort.getId(), false, facilitator);
        library.create(new LibraryItem.Content("Opzet voor bijeenkomst 4", "Nog uit te werken.", ItemType.WORK_FORM, null,
                List.of(), Set.of(5), Set.of()), Visibility.DRAFT, null, false, facilitator);
        library.create(new LibraryItem.Content("Mijn kijkwijzer voor een stageles", "Vijf vragen waarmee ik naar een les "
                + "van mijn student kijk.", ItemType.INSTRUMENT, null, List.of(), Set.of(1, 4), Set.of(4)),
                Visibility.COHORT, cohort.getId(), true, pieter);
    }

    @PostConstruct
    void seed() {
        if (!enabled) {
            return;
        }
        if (accounts.countPeople() == 0) {
            for (DemoPerson person : PEOPLE) {
                accounts.createActivated(person.email(), person.name(), EnumSet.of(person.role()), "nl", PASSWORD);
            }
            seedCohort();
            LOG.info("Demo data created");
        }
        StringBuilder banner = new StringBuilder("\n\n  Leerkring runs at ").append(links.base()).append("\n  Demo logins (password '")
                .append(PASSWORD).append("'):\n");
        PEOPLE.forEach(p -> banner.append("    ").append(String.format("%-12s", p.role().roleName()))
                .append(p.email()).append('\n'));
        LOG.info(banner.toString());
    }
}
