package be.vierdepijler.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module rules of docs/architecture.md:
 * <ul>
 *   <li>core depends on no other module; a trajectory module on core only; regions on core; web on core and regions,
 *       never on a trajectory module;</li>
 *   <li>packages by aggregate then layer, never top-level model/service/rest; a domain does not reach up into its
 *       application or infrastructure layer;</li>
 *   <li>resources are {@code XxxResource} in web; entities never leave through the API.</li>
 * </ul>
 * "No switch on a trajectory type outside its own module" follows from the dependency rules: nothing outside a
 * trajectory module can name its classes, and type ids are strings served by the SPI, with no enum of them to switch on.
 * Every rule fails when it matches no class (ArchUnit's default), so a rule whose package pattern is wrong cannot
 * pass silently; {@link #importsEveryModule()} guards the import itself.
 */
class ModuleRulesTest {

    private static final String CORE = "be.vierdepijler.core..";
    private static final String REGIONS = "be.vierdepijler.regions..";
    private static final String WEB = "be.vierdepijler.web..";
    private static final String TRAJECTORY = "be.vierdepijler.trajectory..";
    /** Flyway's Java migrations of each module live in db.migration.<module>. */
    private static final String REGIONS_MIGRATIONS = "db.migration.regions..";

    private static JavaClasses classes;

    @BeforeAll
    static void importAllModules() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.vierdepijler", "db.migration");
    }

    @Test
    void importsEveryModule() {
        assertThat(classes.stream().map(JavaClass::getPackageName))
                .anyMatch(p -> p.startsWith("be.vierdepijler.core"))
                .anyMatch(p -> p.startsWith("be.vierdepijler.regions"))
                .anyMatch(p -> p.startsWith("be.vierdepijler.web"))
                .anyMatch(p -> p.startsWith("db.migration.regions"));
        assertThat(classes.stream().map(JavaClass::getPackageName)
                .filter(p -> p.startsWith("be.vierdepijler.trajectory."))
                .map(p -> p.split("\\.")[3]).distinct())
                .as("every trajectory type module is imported, so that the rules about them cannot pass empty")
                .contains("buddy", "internship", "volunteering", "alternative");
    }

    @Test
    void coreDependsOnNoOtherModule() {
        check(noClasses().that().resideInAPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage(REGIONS, WEB, TRAJECTORY, "db.migration.."));
    }

    @Test
    void regionsDependsOnCoreOnly() {
        check(noClasses().that().resideInAnyPackage(REGIONS, REGIONS_MIGRATIONS)
                .should().dependOnClassesThat().resideInAnyPackage(WEB, TRAJECTORY));
    }

    /**
     * The parts of core regions may use: the caller, the ports (docs/architecture.md), the shared kernel, the SPI, the
     * import's extension points, matching's candidate values and ports, and the reports it extends with funding.
     * Never another aggregate's application service, entity or infrastructure.
     */
    static final String[] CORE_FOR_REGIONS = {"be.vierdepijler.core.access..", "be.vierdepijler.core.port..",
        "be.vierdepijler.core.shared..", "be.vierdepijler.core.spi..", "be.vierdepijler.core.imports.domain..",
        "be.vierdepijler.core.matching.domain..", "be.vierdepijler.core.profile.domain..",
        "be.vierdepijler.core.report.domain..", "be.vierdepijler.core.report.application.."};

    @Test
    void regionsUsesOnlyThePortsAndSharedPartsOfCore() {
        check(noClasses().that().resideInAnyPackage(REGIONS, REGIONS_MIGRATIONS).should().dependOnClassesThat(
                JavaClass.Predicates.resideInAPackage(CORE)
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage(CORE_FOR_REGIONS)))));
    }

    @Test
    void webNeverDependsOnATrajectoryModule() {
        check(noClasses().that().resideInAPackage(WEB)
                .should().dependOnClassesThat().resideInAnyPackage(TRAJECTORY, "db.migration.."));
    }

    @Test
    void trajectoryModulesDependOnCoreOnly() {
        check(noClasses().that().resideInAPackage(TRAJECTORY).should().dependOnClassesThat()
                .resideInAnyPackage(REGIONS, WEB, "db.migration.."));
        check(slices().matching("be.vierdepijler.trajectory.(*)..").should().notDependOnEachOther());
    }

    /**
     * The aggregates of core depend on each other in one direction only: what two of them share lives in a third
     * (the caller in {@code core.access}, ports in {@code core.port}, a person's export and erasure contributed by each).
     */
    @Test
    void coreAggregatesHaveNoCycles() {
        check(slices().matching("be.vierdepijler.core.(*)..").should().beFreeOfCycles());
    }

    /** Queries live behind repositories and read models in infrastructure, never in an application service. */
    @Test
    void applicationServicesRunNoQueries() {
        check(noClasses().that().resideInAPackage("..application..").should()
                .callMethodWhere(DescribedPredicate.describe("a query of the EntityManager", call ->
                        call.getTargetOwner().isAssignableTo(EntityManager.class)
                                && call.getName().startsWith("create"))));
    }

    @Test
    void packagesAreByAggregateNeverByTechnicalLayerAtTheTop() {
        check(noClasses().should().resideInAnyPackage("..model..", "..service..", "..services..", "..rest..",
                "..dto..", "..entity..", "..entities.."));
    }

    @Test
    void aDomainDoesNotReachIntoApplicationInfrastructureOrWeb() {
        check(noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..", WEB));
    }

    @Test
    void applicationServicesDoNotKnowTheWebOrTheirInfrastructure() {
        check(noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", WEB));
    }

    @Test
    void entitiesLiveInADomainPackage() {
        check(classes().that().areAnnotatedWith(Entity.class).should().resideInAPackage("..domain.."));
    }

    @Test
    void resourcesAreNamedResourceAndLiveInTheWebApi() {
        check(classes().that().areAnnotatedWith(Path.class)
                .should().haveSimpleNameEndingWith("Resource")
                .andShould().resideInAPackage("be.vierdepijler.web.api.."));
    }

    @Test
    void noResourceMethodReturnsAnEntity() {
        check(methods().that().areDeclaredInClassesThat().areAnnotatedWith(Path.class)
                .should().haveRawReturnType(notAnEntity()));
    }

    @Test
    void noWebTypeHoldsAnEntity() {
        check(fields().that().areDeclaredInClassesThat().resideInAPackage(WEB)
                .should().haveRawType(notAnEntity()));
    }

    private static DescribedPredicate<JavaClass> notAnEntity() {
        return DescribedPredicate.describe("not a JPA entity", type -> !type.isAnnotatedWith(Entity.class));
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
