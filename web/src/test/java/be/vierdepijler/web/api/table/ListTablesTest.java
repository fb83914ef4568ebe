package be.vierdepijler.web.api.table;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.audit.application.AuditEntry;
import be.vierdepijler.core.shared.table.Column;
import be.vierdepijler.core.shared.table.Table;
import be.vierdepijler.web.api.audit.ReadDto;
import be.vierdepijler.web.api.buddy.BuddyDto;
import be.vierdepijler.web.api.mail.MailDto;
import be.vierdepijler.web.api.municipality.MunicipalityDto;
import be.vierdepijler.web.api.network.NetworkDto;
import be.vierdepijler.web.api.newcomer.NewcomerDto;
import be.vierdepijler.web.api.offer.OfferDto;
import be.vierdepijler.web.api.organisation.OrganisationDto;
import be.vierdepijler.web.api.trajectory.TrajectoryDto;
import be.vierdepijler.web.api.user.UserDto;
import be.vierdepijler.web.api.worklist.WorklistItemDto;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListTablesTest {

    /** Every list that downloads, by the last segment of its path, with the items it answers. */
    private static final Map<String, Class<?>> LISTS = Map.ofEntries(
            Map.entry("organisations", OrganisationDto.class), Map.entry("offers", OfferDto.class),
            Map.entry("newcomers", NewcomerDto.class), Map.entry("trajectories", TrajectoryDto.class),
            Map.entry("buddies", BuddyDto.class), Map.entry("users", UserDto.class),
            Map.entry("municipalities", MunicipalityDto.class), Map.entry("networks", NetworkDto.class),
            Map.entry("mails", MailDto.class), Map.entry("changes", AuditEntry.class),
            Map.entry("reads", ReadDto.class), Map.entry("worklist", WorklistItemDto.class));

    @Test
    void everyColumnOfEveryDownloadableListHasADutchHeaderAndEveryListATitle() {
        List<String> missing = new ArrayList<>();
        LISTS.forEach((list, type) -> {
            if (ListTables.title(list).equals(list)) {
                missing.add("list." + list);
            }
            for (ListTables.Field f : ListTables.fields(type)) {
                if (ListTables.label(list, f.path()) == null) {
                    missing.add(list + ": " + f.path());
                }
            }
        });
        assertThat(missing).isEmpty();
    }

    record Contact(String name, String email) {
    }

    record Item(long id, String name, BigDecimal hours, LocalDate from, boolean active, List<String> languages,
                Contact contact, List<Contact> contacts, Map<String, Object> state, long version) {
    }

    @Test
    void flattensNestedRecordsJoinsListsTypesTheCellsAndLeavesOutTechnicalOnes() {
        Item item = new Item(7, "Vzw", new BigDecimal("12.5"), LocalDate.of(2026, 1, 31), true, List.of("fr", "en"),
                new Contact("Jan", "jan@vzw.be"), List.of(new Contact("An", "an@vzw.be"), new Contact("Piet", null)),
                Map.of(), 3);
        Table table = ListTables.table("organisations", Item.class, List.of(item, new Item(8, null, null, null,
                false, List.of(), null, List.of(), Map.of(), 0)));
        assertThat(table.columns()).extracting(Column::key).containsExactly("id", "name", "hours", "from", "active",
                "languages", "contact.name", "contact.email", "contacts");
        assertThat(table.columns()).extracting(Column::label).startsWith("Id", "Naam");
        assertThat(table.columns()).extracting(Column::kind).startsWith(Column.Kind.INTEGER, Column.Kind.TEXT,
                Column.Kind.DECIMAL, Column.Kind.DATE, Column.Kind.BOOLEAN);
        assertThat(table.rows().get(0)).containsExactly(7L, "Vzw", new BigDecimal("12.5"), LocalDate.of(2026, 1, 31),
                true, "fr | en", "Jan", "jan@vzw.be", "An, an@vzw.be | Piet");
        assertThat(table.rows().get(1)).containsExactly(8L, null, null, null, false, "", null, null, "");
        assertThat(table.title()).isEqualTo("Organisaties");
    }
}
