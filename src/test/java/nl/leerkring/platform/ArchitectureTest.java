package nl.leerkring.platform;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The features form layers: a package may use the ones below it, never one above, and never in a
 * circle (STYLE.md, "Which feature may use which"; issue 14). Bottom to top:
 * <pre>
 * platform → mail → account → instrument → cohort → scan → feedback, learning → notice
 *   → library, rhythm → progress, home, demo, insights
 * </pre>
 * A page that gathers several features (the progress grid, a home page) lives at the top and asks
 * each feature for its part.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.leerkring");

    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("platform").definedBy("nl.leerkring.platform..")
            .layer("mail").definedBy("nl.leerkring.mail..")
            .layer("account").definedBy("nl.leerkring.account..")
            .layer("instrument").definedBy("nl.leerkring.instrument..")
            .layer("cohort").definedBy("nl.leerkring.cohort..")
            .layer("scan").definedBy("nl.leerkring.scan..")
            .layer("feedback").definedBy("nl.leerkring.feedback..")
            .layer("learning").definedBy("nl.leerkring.learning..")
            .layer("notice").definedBy("nl.leerkring.notice..")
            .layer("library").definedBy("nl.leerkring.library..")
            .layer("rhythm").definedBy("nl.leerkring.rhythm..")
            .layer("progress").definedBy("nl.leerkring.progress..")
            .layer("home").definedBy("nl.leerkring.home..")
            .layer("privacy").definedBy("nl.leerkring.privacy..")
            .layer("demo").definedBy("nl.leerkring.demo..")
            .layer("insights").definedBy("nl.leerkring.insights..")

            .whereLayer("platform").mayNotAccessAnyLayer()
            .whereLayer("mail").mayOnlyAccessLayers("platform")
            .whereLayer("account").mayOnlyAccessLayers("platform", "mail")
            .whereLayer("instrument").mayOnlyAccessLayers("platform", "mail", "account")
            .whereLayer("cohort").mayOnlyAccessLayers("platform", "mail", "account", "instrument")
            .whereLayer("scan").mayOnlyAccessLayers("platform", "mail", "account", "instrument", "cohort")
            .whereLayer("feedback").mayOnlyAccessLayers("platform", "mail", "account", "instrument", "cohort", "scan")
            .whereLayer("learning").mayOnlyAccessLayers("platform", "mail", "account", "instrument", "cohort", "scan")
            .whereLayer("notice").mayOnlyAccessLayers("platform", "mail", "account", "instrument", "cohort", "scan",
                    "feedback", "learning")
            .whereLayer("library").mayOnlyAccessLayers("platform", "mail", "account", "instrument", "cohort", "scan",
                    "feedback", "learning", "notice")
            .whereLayer("rhythm").mayOnlyAccessLayers("platform", "mail", "account", "instrument", "cohort", "scan",
                    "feedback", "learning", "notice")
            .whereLayer("progress").mayNotBeAccessedByAnyLayer()
            .whereLayer("home").mayNotBeAccessedByAnyLayer()
            .whereLayer("privacy").mayNotBeAccessedByAnyLayer()
            .whereLayer("demo").mayNotBeAccessedByAnyLayer()
            .whereLayer("insights").mayNotBeAccessedByAnyLayer()
            .because("features form layers: a package uses the ones below it, never one above (issue 14)");

    static final ArchRule NO_CYCLES = slices().matching("nl.leerkring.(*)..").should().beFreeOfCycles()
            .because("no two features may lean on each other");

    @Test
    void featuresUseOnlyTheLayersBelowThem() {
        LAYERS.check(CLASSES);
    }

    /**
     * A cohort checked for nobody ({@code CohortService.forJob}) reads its people without a viewer: only the
     * background jobs of the rhythm may take one, never a page.
     */
    @Test
    void onlyBackgroundJobsTakeACohortCheckedForNobody() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().resideOutsideOfPackages("nl.leerkring.cohort..", "nl.leerkring.rhythm..")
                .should().callMethod("nl.leerkring.cohort.CohortService", "forJob", "long")
                .because("a page checks its viewer's access; only a job acts for nobody")
                .check(CLASSES);
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().haveSimpleNameEndingWith("Backing")
                .should().callMethod("nl.leerkring.cohort.CohortService", "forJob", "long")
                .check(CLASSES);
    }

    @Test
    void featuresHaveNoCycles() {
        NO_CYCLES.check(CLASSES);
    }

    @Test
    void everyFeatureIsInALayer() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().should()
                .resideInAnyPackage("nl.leerkring.platform..", "nl.leerkring.mail..", "nl.leerkring.account..",
                        "nl.leerkring.instrument..", "nl.leerkring.cohort..", "nl.leerkring.scan..",
                        "nl.leerkring.feedback..", "nl.leerkring.learning..", "nl.leerkring.notice..",
                        "nl.leerkring.library..", "nl.leerkring.rhythm..", "nl.leerkring.progress..",
                        "nl.leerkring.home..", "nl.leerkring.privacy..", "nl.leerkring.demo..", "nl.leerkring.insights..")
                .because("a new feature package must be given its place in the layers above")
                .check(CLASSES);
    }
}
