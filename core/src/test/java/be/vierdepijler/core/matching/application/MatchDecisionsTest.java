package be.vierdepijler.core.matching.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.shared.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The duo's type when the coordinator names none: the one type placed with a buddy, or the question which. */
class MatchDecisionsTest {

    @Test
    void theOneTypePlacedWithABuddyIsTheDuosType() {
        assertThat(MatchDecisions.duoType(List.of("tandem"))).isEqualTo("tandem");
    }

    @Test
    void withNoneOrSeveralTheCoordinatorIsAskedWhich() {
        assertThatThrownBy(() -> MatchDecisions.duoType(List.of("tandem", "trio")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("typeId");
                            assertThat(v.code()).isEqualTo("required");
                            assertThat(v.message()).isEqualTo("Kies het trajecttype van het duo: tandem, trio.");
                        }));
        assertThatThrownBy(() -> MatchDecisions.duoType(List.of())).isInstanceOf(InvalidInputException.class);
    }
}
