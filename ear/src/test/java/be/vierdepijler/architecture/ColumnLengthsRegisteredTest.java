package be.vierdepijler.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.infrastructure.ColumnLengths;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every persistence unit of the application checks every entity's text against its column before the database
 * (ColumnLengths as the default entity listener of the unit's META-INF/orm.xml): a new unit, or a new column with a
 * length, cannot be forgotten and become a 500 again.
 */
class ColumnLengthsRegisteredTest {

    @Test
    void everyPersistenceUnitRegistersTheColumnLengthCheck() throws IOException {
        List<URL> units = Collections.list(getClass().getClassLoader().getResources("META-INF/persistence.xml"));
        assertThat(units).as("persistence units on the class path").hasSizeGreaterThanOrEqualTo(2);
        for (URL unit : units) {
            URL orm = new URL(unit, "orm.xml");
            String mapping;
            try (InputStream in = orm.openStream()) {
                mapping = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new AssertionError(unit + " has no orm.xml beside it", e);
            }
            assertThat(mapping).as(orm.toString()).contains("<persistence-unit-defaults>")
                    .contains("be.vierdepijler.core.shared.infrastructure.ColumnLengths");
        }
    }

    /**
     * For every entity of the application and every text column with a length: one character too many is refused,
     * naming the field. Fails for a column ColumnLengths cannot see (declared on a getter, say) before it is a 500.
     */
    @Test
    void everyTextColumnWithALengthOfEveryEntityIsChecked() throws ReflectiveOperationException {
        List<Class<?>> entities = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.vierdepijler").stream().filter(c -> c.isAnnotatedWith(Entity.class))
                .<Class<?>>map(JavaClass::reflect).toList();
        assertThat(entities).as("entities found").hasSizeGreaterThan(10);
        List<String> checked = new ArrayList<>();
        for (Class<?> type : entities) {
            for (Method getter : type.getDeclaredMethods()) {
                assertThat(getter.isAnnotationPresent(Column.class)).as("%s.%s: columns are declared on fields",
                        type.getSimpleName(), getter.getName()).isFalse();
            }
            for (Class<?> c = type; c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    Column column = field.getAnnotation(Column.class);
                    if (field.getType() != String.class || column == null || column.length() == 255
                            || field.isAnnotationPresent(Lob.class) || !column.columnDefinition().isEmpty()
                            || Modifier.isStatic(field.getModifiers())) {
                        continue;
                    }
                    Object entity = instance(type);
                    field.setAccessible(true);
                    field.set(entity, "x".repeat(column.length() + 1));
                    assertThat(ColumnLengths.violations(entity)).as("%s.%s", type.getSimpleName(), field.getName())
                            .extracting(FieldViolation::field).containsExactly(field.getName());
                    field.set(entity, "x".repeat(column.length()));
                    assertThat(ColumnLengths.violations(entity)).isEmpty();
                    checked.add(type.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertThat(checked).as("text columns with a length").hasSizeGreaterThan(20).contains("UserAccount.displayName",
                "UserAccount.email");
    }

    private static Object instance(Class<?> type) throws ReflectiveOperationException {
        Constructor<?> none = type.getDeclaredConstructor();
        none.setAccessible(true);
        return none.newInstance();
    }
}
