package dev.sessioninspector.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The package rules of DESIGN.md §3: arrows point down only, and each third-party API has one home.
 * A change that imports what its package may not fails the build here.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.sessioninspector";
    private static JavaClasses classes;

    /** Package → the project packages it may use (besides itself). */
    private static final Map<String, List<String>> MAY_USE = Map.ofEntries(
            Map.entry("model", List.of()),
            Map.entry("cookie", List.of("model")),
            Map.entry("entropy", List.of("model")),
            Map.entry("capture", List.of("model", "cookie")),
            Map.entry("store", List.of("model")),
            Map.entry("har", List.of("model", "cookie")),
            Map.entry("analysis", List.of("model", "cookie", "entropy")),
            Map.entry("probe", List.of("model", "cookie", "analysis", "entropy")),
            Map.entry("flow", List.of("model", "probe", "capture", "store", "cookie")),
            Map.entry("report", List.of("model", "analysis", "entropy")),
            Map.entry("inspect", List.of("model", "cookie", "entropy", "analysis", "probe", "flow", "store", "har",
                    "report")),
            Map.entry("demo", List.of()),
            Map.entry("browser", List.of("model", "cookie", "entropy", "capture", "store", "har", "analysis",
                    "probe", "flow", "report", "inspect", "demo")),
            Map.entry("ui", List.of("model", "cookie", "entropy", "capture", "store", "har", "analysis",
                    "probe", "flow", "report", "inspect", "demo", "browser")));

    private static final List<String> ALL = List.of("model", "cookie", "entropy", "capture", "store", "har",
            "analysis", "probe", "flow", "report", "inspect", "demo", "browser", "ui", "cli");

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @TestFactory
    Stream<DynamicTest> packagesOnlyUseWhatTheDesignAllows() {
        return MAY_USE.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            String[] forbidden = ALL.stream()
                    .filter(p -> !p.equals(e.getKey()) && !e.getValue().contains(p))
                    .map(p -> ROOT + "." + p + "..")
                    .toArray(String[]::new);
            noClasses().that().resideInAPackage(ROOT + "." + e.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                    .because("DESIGN.md §3 lets " + e.getKey() + " use only " + e.getValue())
                    .allowEmptyShould(true)
                    .check(classes);
        }));
    }

    @Test
    void theModelUsesTheJdkOnly() {
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", ROOT + ".model..")
                .check(classes);
    }

    @Test
    void theDemoShopUsesTheJdkOnly() {
        noClasses().that().resideInAPackage(ROOT + ".demo..")
                .should().dependOnClassesThat().resideOutsideOfPackages("java..", "javax..", "com.sun.net.httpserver..",
                        ROOT + ".demo..")
                .check(classes);
    }

    @Test
    void onlyTheStoreUsesJdbc() {
        only("store", "java.sql..", "org.sqlite..").check(classes);
    }

    @Test
    void onlyProbesUseOkHttp() {
        only("probe", "okhttp3..", "okio..").check(classes);
    }

    @Test
    void onlyUiAndBrowserUseJavaFx() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".browser..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "com.sun.webkit..")
                .check(classes);
    }

    @Test
    void onlyTheFxRunnerHandsWorkToTheFxThread() {
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".browser.engine.FxRunner")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .because("one way to hand work to the FX thread: browser.engine.FxRunner (tests substitute it)")
                .check(classes);
    }

    /**
     * Inside {@code browser}: {@code browser.engine} (JavaFX start-up, the FX-thread runner, what any WebEngine
     * needs: storage snapshots, the demo shop's TLS trust) is the floor; the WebView host ({@code browser}
     * itself: the window's browser and its chrome) and the headless flow engine ({@code browser.flow}) both stand
     * on it and never use each other.
     */
    @Test
    void theBrowserEngineUsesNeitherTheHostNorTheFlowEngine() {
        noClasses().that().resideInAPackage(ROOT + ".browser.engine..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".browser", ROOT + ".browser.flow..")
                .check(classes);
    }

    @Test
    void theFlowEngineDoesNotUseTheBrowserChrome() {
        noClasses().that().resideInAPackage(ROOT + ".browser.flow..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".browser")
                .because("the headless flow engine has no window: the WebView host is the GUI's")
                .check(classes);
    }

    @Test
    void theBrowserChromeDoesNotUseTheFlowEngine() {
        noClasses().that().resideInAPackage(ROOT + ".browser")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".browser.flow..")
                .check(classes);
    }

    /**
     * Inside {@code ui}: the shared inspector state ({@code ui.state}) and the demo shop's switches
     * ({@code ui.demo}) sit below the views and the shell, and use no other {@code ui} package.
     */
    @TestFactory
    Stream<DynamicTest> uiStateAndDemoUseNoOtherUiPackage() {
        return Stream.of("state", "demo").map(sub -> DynamicTest.dynamicTest("ui." + sub, () -> {
            String own = ROOT + ".ui." + sub + "..";
            noClasses().that().resideInAPackage(own)
                    .should().dependOnClassesThat(resideInAPackage(ROOT + ".ui..").and(not(resideInAPackage(own))))
                    .check(classes);
        }));
    }

    @Test
    void onlyTheCliUsesPicocli() {
        only("cli", "picocli..").check(classes);
    }

    @Test
    void onlyTheCliWritesToStandardOutput() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..")
                .should().accessField(System.class, "out")
                .because("the CLI owns standard output (reports may be piped)")
                .check(classes);
    }

    @Test
    void oneLoggingApi() {
        noClasses().that().doNotHaveFullyQualifiedName(ROOT + ".browser.engine.FxBootstrap")
                .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
                .because("the code logs through System.Logger; only FxBootstrap configures the backend JavaFX logs"
                        + " to (a filter on its 'javafx' logger, which System.Logger cannot set)")
                .check(classes);
    }

    @Test
    void dialogsGoThroughOneService() {
        noClasses().that().haveNameNotMatching(java.util.regex.Pattern.quote(ROOT + ".ui.state.Dialogs") + "(\\$.*)?")
                .should().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.FileChooser")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("javafx.stage.DirectoryChooser")
                .orShould().dependOnClassesThat().areAssignableTo("javafx.scene.control.Dialog")
                .because("every question and pop-up goes through ui.state.Dialogs, which tests replace (Dialogs.QUIET)")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheCli() {
        noClasses().that().resideInAPackage(ROOT + ".*..").and().resideOutsideOfPackage(ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .check(classes);
    }

    private static ArchRule only(String home, String... apis) {
        return noClasses().that().resideOutsideOfPackage(ROOT + "." + home + "..")
                .should().dependOnClassesThat().resideInAnyPackage(apis)
                .because("DESIGN.md §3 makes " + home + " the only user of " + String.join(", ", apis));
    }
}
