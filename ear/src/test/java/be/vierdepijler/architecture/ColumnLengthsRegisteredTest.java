package be.vierdepijler.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
}
