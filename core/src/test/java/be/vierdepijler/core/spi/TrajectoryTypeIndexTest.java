package be.vierdepijler.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules the registry applies at deployment, without a container. */
class TrajectoryTypeIndexTest {

    static class Named extends SampleTrajectoryType {
        private final String id;

        Named(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }
    }

    static class AlsoNamed extends Named {
        AlsoNamed(String id) {
            super(id);
        }
    }

    static class Unlabelled extends Named {
        Unlabelled(String id) {
            super(id);
        }

        @Override
        public LocalizedText label() {
            return null;
        }

        @Override
        public List<ReportingCategory> reportingCategories() {
            return List.of();
        }
    }

    @Test
    void indexesByIdInTheOrderOfTheIds() {
        TrajectoryTypeIndex index = TrajectoryTypeIndex.of(List.of(new Named("volunteering"), new Named("buddy"),
                new Named("local-internship")));
        assertThat(index.ids()).containsExactly("buddy", "local-internship", "volunteering");
        assertThat(index.find("buddy")).get().extracting(TrajectoryType::id).isEqualTo("buddy");
        assertThat(index.find("stage")).isEmpty();
        assertThat(index.find(null)).isEmpty();
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void anEmptyDeploymentHasAnEmptyIndex() {
        assertThat(TrajectoryTypeIndex.of(List.of()).all()).isEmpty();
    }

    @Test
    void refusesADuplicateIdNamingBothClasses() {
        assertThatThrownBy(() -> TrajectoryTypeIndex.of(List.of(new Named("buddy"), new AlsoNamed("buddy"))))
                .isInstanceOf(TrajectoryTypeDefinitionException.class)
                .hasMessageContaining("id 'buddy' is claimed by 2 trajectory types")
                .hasMessageContaining(Named.class.getName())
                .hasMessageContaining(AlsoNamed.class.getName());
    }

    @Test
    void refusesMalformedIds() {
        for (String bad : new String[] {"Buddy", "buddy_scheme", "-buddy", "buddy-", "bud--dy", "1buddy", "",
                "be.vierdepijler.Buddy"}) {
            assertThatThrownBy(() -> TrajectoryTypeIndex.of(List.of(new Named(bad))))
                    .as(bad).isInstanceOf(TrajectoryTypeDefinitionException.class)
                    .hasMessageContaining("has id '" + bad + "'");
        }
        assertThatThrownBy(() -> TrajectoryTypeIndex.of(List.of(new Named(null))))
                .hasMessageContaining("has id 'null'");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> TrajectoryTypeIndex.of(List.of(new Named("Bad"), new Named("buddy"),
                new Named("buddy"), new Unlabelled("quiet"))))
                .isInstanceOfSatisfying(TrajectoryTypeDefinitionException.class, e -> assertThat(e.problems())
                        .hasSize(4)
                        .anySatisfy(p -> assertThat(p).contains("'Bad'"))
                        .anySatisfy(p -> assertThat(p).contains("'buddy' is claimed"))
                        .anySatisfy(p -> assertThat(p).contains("('quiet') has no label"))
                        .anySatisfy(p -> assertThat(p).contains("('quiet') has no reporting category")));
    }

    /** Says it is placed as told, whatever its schema. */
    static class Placed extends Named {
        private final PlacedWith placedWith;
        private final FieldSchema schema;

        Placed(String id, PlacedWith placedWith, FieldSchema schema) {
            super(id);
            this.placedWith = placedWith;
            this.schema = schema;
        }

        @Override
        public PlacedWith placedWith() {
            return placedWith;
        }

        @Override
        public FieldSchema schema() {
            return schema;
        }
    }

    private static final FieldSchema WITH_BUDDY = FieldSchema.of(FieldDefinition.reference("buddy",
            ReferenceTarget.BUDDY).required().label("Buddy", "Buddy").build());
    private static final FieldSchema WITHOUT_BUDDY = FieldSchema.of(FieldDefinition.reference("offer",
            ReferenceTarget.OFFER).label("Aanbod", "Offer").build());

    @Test
    void refusesATypePlacedWithABuddyWhoseSchemaHasNoBuddy() {
        assertThatThrownBy(() -> TrajectoryTypeIndex.of(List.of(new Placed("duo", PlacedWith.BUDDY, WITHOUT_BUDDY))))
                .isInstanceOf(TrajectoryTypeDefinitionException.class)
                .hasMessageContaining(Placed.class.getName() + " ('duo') says it is placed with a buddy but its schema"
                        + " has no reference field to a buddy");
    }

    @Test
    void refusesATypePlacedInAnOfferWhoseSchemaReferencesABuddy() {
        assertThatThrownBy(() -> TrajectoryTypeIndex.of(List.of(new Placed("walk", PlacedWith.OFFER, WITH_BUDDY))))
                .isInstanceOf(TrajectoryTypeDefinitionException.class)
                .hasMessageContaining("('walk') says it is placed in an offer but its schema has a reference field"
                        + " to a buddy");
    }

    @Test
    void refusesATypeThatDoesNotSayHowItIsPlaced() {
        assertThatThrownBy(() -> TrajectoryTypeIndex.of(List.of(new Placed("mute", null, WITHOUT_BUDDY))))
                .isInstanceOf(TrajectoryTypeDefinitionException.class)
                .hasMessageContaining("('mute') does not say whether it is placed with a buddy or in an offer");
    }

    @Test
    void listsTheTypesPlacedEachWay() {
        TrajectoryTypeIndex index = TrajectoryTypeIndex.of(List.of(new Placed("walk", PlacedWith.OFFER,
                WITHOUT_BUDDY), new Placed("duo", PlacedWith.BUDDY, WITH_BUDDY), new Named("course")));
        assertThat(index.placedWith(PlacedWith.BUDDY)).extracting(TrajectoryType::id).containsExactly("duo");
        assertThat(index.placedWith(PlacedWith.OFFER)).extracting(TrajectoryType::id)
                .containsExactly("course", "walk");
    }

    @Test
    void describesAProxyByTheClassItProxies() {
        class Bean$Proxy$_$$_WeldClientProxy extends Named {
            Bean$Proxy$_$$_WeldClientProxy() {
                super("x");
            }
        }
        assertThat(TrajectoryTypeIndex.describe(new Bean$Proxy$_$$_WeldClientProxy()))
                .endsWith("Bean").doesNotContain("Weld");
    }
}
