package io.github.bilateral.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads the compiled main classes and checks the architecture the packages promise: model at the
 * bottom, no cycle between packages, and Jackson's types in no public signature but those of the
 * {@code io} package, which owns the JSON format.
 */
class PackageDependenciesTest {

  private static final String ROOT = "io.github.bilateral";
  private static final String IO = ROOT + ".io";

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages(ROOT);

  @Test
  void thePackagesFormNoCycle() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void theModelDependsOnNoOtherPackageOfTheLibraryNorOnJackson() {
    noClasses().that().resideInAPackage(ROOT + ".model..")
        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".io..", ROOT + ".query..",
            ROOT + ".export..", ROOT + ".compare..", "com.fasterxml.jackson..")
        .check(CLASSES);
  }

  @Test
  void theModelDependsOnNoOtherPackageOfTheLibrary() {
    noClasses().that().resideInAPackage(ROOT + ".model..")
        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".io..", ROOT + ".query..",
            ROOT + ".export..", ROOT + ".compare..")
        .check(CLASSES);
  }

  @Test
  void theQueriesDependOnNeitherReadingNorExporting() {
    noClasses().that().resideInAPackage(ROOT + ".query..")
        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".io..", ROOT + ".export..",
            ROOT + ".compare..", "com.fasterxml.jackson..")
        .check(CLASSES);
  }

  @Test
  void readingAndExportingDependOnNoComparison() {
    noClasses().that().resideInAnyPackage(ROOT + ".io..", ROOT + ".export..")
        .should().dependOnClassesThat().resideInAPackage(ROOT + ".compare..")
        .check(CLASSES);
  }

  @Test
  void noPublicSignatureOutsideIoNamesAJacksonType() {
    codeUnits().that().arePublic()
        .and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().resideOutsideOfPackage(IO)
        .should(nameNoJacksonType())
        .check(CLASSES);
  }

  private static ArchCondition<JavaCodeUnit> nameNoJacksonType() {
    return new ArchCondition<>("name no Jackson type in their signature") {
      @Override
      public void check(JavaCodeUnit unit, ConditionEvents events) {
        List<JavaClass> named = new ArrayList<>(unit.getRawParameterTypes());
        named.add(unit.getRawReturnType());
        named.addAll(unit.getExceptionTypes());
        for (JavaClass type : named) {
          if (type.getPackageName().startsWith("com.fasterxml.jackson")) {
            events.add(SimpleConditionEvent.violated(unit,
                unit.getFullName() + " names " + type.getName() + " in its public signature"));
          }
        }
      }
    };
  }

  @Test
  void theRulesSeeTheLibrary() {
    // A rule over no classes passes whatever it says: make sure the import found them.
    org.assertj.core.api.Assertions.assertThat(CLASSES.contain(ROOT + ".model.Report")).isTrue();
    org.assertj.core.api.Assertions.assertThat(CLASSES.contain(IO + ".ReportReader")).isTrue();
    org.assertj.core.api.Assertions.assertThat(
        CLASSES.get(IO + ".ReportReader").getModifiers()).contains(JavaModifier.PUBLIC);
  }
}
