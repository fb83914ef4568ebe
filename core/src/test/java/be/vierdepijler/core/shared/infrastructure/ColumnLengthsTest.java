package be.vierdepijler.core.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.Lob;
import org.junit.jupiter.api.Test;

class ColumnLengthsTest {

    @Embeddable
    static class Contact {
        @Column(name = "contact_name", length = 5)
        String name;
    }

    static class Base {
        @Column(length = 3)
        String code;
    }

    static class Thing extends Base {
        @Column(name = "display_name", nullable = false, length = 10)
        String displayName;
        @Column(name = "free")
        String free;
        @Lob
        @Column(length = 4)
        String document;
        @Column(length = 2, columnDefinition = "text")
        String declared;
        @Embedded
        Contact contact;
    }

    private static Thing thing(String code, String name, String contactName) {
        Thing t = new Thing();
        t.code = code;
        t.displayName = name;
        t.free = "x".repeat(10_000);
        t.document = "long document";
        t.declared = "long text";
        if (contactName != null) {
            t.contact = new Contact();
            t.contact.name = contactName;
        }
        return t;
    }

    @Test
    void textWithinItsColumnPasses() {
        assertThat(ColumnLengths.violations(thing("abc", "0123456789", "12345"))).isEmpty();
        assertThat(ColumnLengths.violations(thing(null, null, null))).isEmpty();
    }

    @Test
    void everyTextLongerThanItsColumnIsNamedIncludingInheritedAndEmbeddedOnes() {
        assertThat(ColumnLengths.violations(thing("abcd", "01234567890", "123456")))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactlyInAnyOrder(tuple("code", "too-long"), tuple("displayName", "too-long"),
                        tuple("contact.name", "too-long"));
        assertThatThrownBy(() -> new ColumnLengths().check(thing("ab", "01234567890", null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("displayName");
    }

    @Test
    void theRealEntitiesAreReadWithoutFailure() {
        var account = new be.vierdepijler.core.user.domain.UserAccount("an.peeters", "An", null,
                be.vierdepijler.core.access.Role.VIEWER, java.util.Set.of(), null, null, "hash",
                java.time.Instant.EPOCH);
        assertThat(ColumnLengths.violations(account)).isEmpty();
    }
}
