package org.byline.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering DESIGN describes: the domain knows nothing else; SQL stays in the store, Jackson
 * in the formats, JavaFX in the window; the window and the command line go through the newsroom
 * use cases; no package cycles. org.byline.i18n is a shared leaf that every layer may use.
 */
class ArchitectureTest {
    private static JavaClasses byline;

    @BeforeAll
    static void importMainClasses() {
        byline = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.byline");
    }

    @Test
    void domain_dependsOnNothingButItselfAndTheJdk() {
        noClasses()
                .that()
                .resideInAPackage("org.byline.domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.byline.app..",
                        "org.byline.cli..",
                        "org.byline.exchange..",
                        "org.byline.i18n..",
                        "org.byline.imaging..",
                        "org.byline.newsroom..",
                        "org.byline.publish..",
                        "org.byline.render..",
                        "org.byline.store..",
                        "org.byline.ui..")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..")
                .check(byline);
    }

    @Test
    void sql_isUsedOnlyInTheStore() {
        noClasses()
                .that()
                .resideOutsideOfPackage("org.byline.store..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..", "org.postgresql..", "org.flywaydb..")
                .check(byline);
    }

    @Test
    void jackson_isUsedOnlyByTheFormats() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.byline.exchange..", "org.byline.publish..", "org.byline.store..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.fasterxml..")
                .check(byline);
    }

    @Test
    void imaging_knowsOnlyTheDomain() {
        // decoding and scaling photos is a leaf like render: no SQL, no window, no use cases
        noClasses()
                .that()
                .resideInAPackage("org.byline.imaging..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.byline.app..",
                        "org.byline.cli..",
                        "org.byline.exchange..",
                        "org.byline.newsroom..",
                        "org.byline.publish..",
                        "org.byline.render..",
                        "org.byline.store..",
                        "org.byline.ui..")
                .check(byline);
    }

    @Test
    void javafx_isUsedOnlyByTheWindow() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.byline.ui..", "org.byline.app..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .check(byline);
    }

    @Test
    void viewModels_doNotKnowTheSceneGraph() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx.scene..")
                .check(byline);
    }

    @Test
    void windowAndCommandLine_goThroughTheNewsroom_notTheStoreOrPublishing() {
        noClasses()
                .that()
                .resideInAnyPackage("org.byline.ui..", "org.byline.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.byline.store..", "org.byline.publish..")
                .check(byline);
    }

    @Test
    void theWindow_getsPagesAndFormatsThroughTheNewsroom() {
        // the preview's page and every file format are the newsroom's to make (issue 15): a view
        // that rendered or parsed on its own would show what no export or push ever carries
        noClasses()
                .that()
                .resideInAPackage("org.byline.ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.byline.render..", "org.byline.exchange..")
                .check(byline);
    }

    @Test
    void topLevelPackages_areFreeOfCycles() {
        slices().matching("org.byline.(*)..").should().beFreeOfCycles().check(byline);
    }

    @Test
    void windowParts_areFreeOfCycles() {
        slices().matching("org.byline.ui.(*)..").should().beFreeOfCycles().check(byline);
    }

    @Test
    void onlyMain_writesToStandardOutputOrError() {
        // commands print through picocli's writers; Bench's child windows report "SHOWN" on stdout;
        // the Java 8 launcher says that the Java is too old before anything else can run
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.byline.app.Main")
                .and()
                .doNotHaveFullyQualifiedName("org.byline.launch.Launcher")
                .and()
                .doNotHaveFullyQualifiedName("org.byline.app.Bench")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(byline);
    }
}
