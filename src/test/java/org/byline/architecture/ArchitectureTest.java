package org.byline.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Optional;
import org.byline.ui.fx.ViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering DESIGN describes: the domain knows nothing else; SQL stays in the store, Jackson
 * in the formats, JavaFX in the window; the window and the command line go through the newsroom
 * use cases; no package cycles. org.byline.i18n is a shared leaf that every layer may use.
 * org.byline.bench ({@code byline bench}) hangs off app beside ui and cli, and only app reaches it.
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
                        "org.byline.bench..",
                        "org.byline.cli..",
                        "org.byline.exchange..",
                        "org.byline.i18n..",
                        "org.byline.imaging..",
                        "org.byline.newsroom..",
                        "org.byline.publish..",
                        "org.byline.render..",
                        "org.byline.store..",
                        "org.byline.style..",
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
                        "org.byline.bench..",
                        "org.byline.cli..",
                        "org.byline.exchange..",
                        "org.byline.newsroom..",
                        "org.byline.publish..",
                        "org.byline.render..",
                        "org.byline.store..",
                        "org.byline.style..",
                        "org.byline.ui..")
                .check(byline);
    }

    @Test
    void javafx_isUsedOnlyByTheWindow() {
        // the bench opens Byline's window and a bare one to time them
        noClasses()
                .that()
                .resideOutsideOfPackages("org.byline.ui..", "org.byline.app..", "org.byline.bench..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx..")
                .check(byline);
    }

    @Test
    void viewModels_doNotKnowTheSceneGraph() {
        // by the mark, not the name, and with the listeners, records and anonymous classes nested
        // in a view model, which are as much the view model as its methods are
        noClasses()
                .that(areViewModelsOrNestedInOne())
                .should()
                .dependOnClassesThat()
                .resideInAPackage("javafx.scene..")
                .check(byline);
    }

    @Test
    void viewModels_carryTheirMark() {
        // a class named ...ViewModel without @ViewModel would escape the rule above
        classes()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .and()
                .areNotAnnotations()
                .should()
                .beAnnotatedWith(ViewModel.class)
                .check(byline);
    }

    @Test
    void viewModels_belongToTheScreens() {
        classes()
                .that()
                .areAnnotatedWith(ViewModel.class)
                .should()
                .resideInAPackage("org.byline.ui..")
                .check(byline);
    }

    private static DescribedPredicate<JavaClass> areViewModelsOrNestedInOne() {
        return DescribedPredicate.describe("are annotated with @ViewModel or nested in such a class", c -> {
            for (Optional<JavaClass> k = Optional.of(c);
                    k.isPresent();
                    k = k.get().getEnclosingClass()) {
                if (k.get().isAnnotatedWith(ViewModel.class)) {
                    return true;
                }
            }
            return false;
        });
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
    void theCommandLine_usesTheNewsroomAndReadsTheDomain_andPrintsWithTheExchangeWriters() {
        // DESIGN: "ui and cli talk to newsroom (and read domain; cli also uses exchange writers to
        // print)"; i18n is the shared leaf for the messages. Two render classes are used by name
        // and nothing else of render: SiteTime (times in the site's zone) and ArticleText (show's
        // plain text). DESIGN does not list them; they are named here so that no more creep in
        classes()
                .that()
                .resideInAPackage("org.byline.cli..")
                .should()
                .onlyDependOnClassesThat(resideInAnyPackage(
                                "org.byline.cli..",
                                "org.byline.newsroom..",
                                "org.byline.domain..",
                                "org.byline.exchange..",
                                "org.byline.i18n..",
                                "picocli..",
                                "java..")
                        .or(name("org.byline.render.SiteTime"))
                        .or(name("org.byline.render.ArticleText")))
                .check(byline);
    }

    @Test
    void onlyTheApplication_startsTheBench() {
        noClasses()
                .that()
                .resideOutsideOfPackages("org.byline.app..", "org.byline.bench..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.byline.bench..")
                .check(byline);
    }

    @Test
    void theBench_measuresThroughTheNewsroom_notTheApplication() {
        // app hands the bench a way to open a store and the window (Bench.Byline): a bench that
        // reached back into app would close a cycle with Main, which starts it
        noClasses()
                .that()
                .resideInAPackage("org.byline.bench..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.byline.app..", "org.byline.cli..", "org.byline.store..", "org.byline.publish..")
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
        // commands print through picocli's writers; the bench's child windows report "SHOWN" on stdout;
        // the Java 8 launcher says that the Java is too old before anything else can run
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName("org.byline.app.Main")
                .and()
                .doNotHaveFullyQualifiedName("org.byline.launch.Launcher")
                .and()
                .doNotHaveFullyQualifiedName("org.byline.bench.WindowShown")
                .should()
                .accessField(System.class, "out")
                .orShould()
                .accessField(System.class, "err")
                .check(byline);
    }
}
