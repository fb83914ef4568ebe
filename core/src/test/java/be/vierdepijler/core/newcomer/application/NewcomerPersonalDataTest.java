package be.vierdepijler.core.newcomer.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.audit.application.AuditEntry;
import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.audit.application.AuditTrailEraser;
import be.vierdepijler.core.newcomer.domain.Newcomer;
import be.vierdepijler.core.newcomer.domain.NewcomerDetails;
import be.vierdepijler.core.newcomer.domain.NewcomerRepository;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import jakarta.enterprise.inject.Instance;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A newcomer's export and erasure gather what the other aggregates keep about them: every contributor, in the
 * export's order, whatever order CDI finds them in; and an open piece of work holds the erasure back.
 */
class NewcomerPersonalDataTest {

    private static final long ID = 5;
    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");
    private static final Caller COORDINATOR = new Caller(1, "els", Role.NETWORK_COORDINATOR, Set.of("westhoek"),
            null, null);

    private final List<String> calls = new ArrayList<>();
    private final NewcomerPersonalData data = new NewcomerPersonalData();
    private Newcomer newcomer;

    @BeforeEach
    void aNewcomerWithTwoContributorsFoundInTheWrongOrder() {
        newcomer = new Newcomer(NewcomerDetails.parse(new NewcomerDetails.Raw("Amina", "El Idrissi", null, null,
                "obliged", "33021", "a2", List.of("ar"), List.of(), List.of(), "cvo", null, "running", null,
                Map.of("matching", true)), LocalDate.of(2026, 3, 10)), "westhoek", NOW, "anna");
        data.newcomers = (NewcomerRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {NewcomerRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "byId" -> Optional.of(newcomer);
                    case "refresh" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        data.service = new NewcomerService() {
            @Override
            public Newcomer inScope(Caller caller, long id) {
                return newcomer;
            }
        };
        data.audit = new AuditLog() {
            @Override
            public Page<AuditEntry> historyOf(String kind, long subjectId, PageRequest page) {
                return Page.of(List.of(), page, 0);
            }
        };
        data.history = (AuditTrailEraser) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AuditTrailEraser.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + " " + args[0]);
                    return 0;
                });
        data.contributors = instance(new Part(20, "matching"), new Part(10, "trajectories"));
    }

    @Test
    void theExportHasTheNewcomersSectionsThenEachContributorsInItsPosition() {
        assertThat(data.export(ID).keySet()).containsExactly("profile", "consents", "consentHistory",
                "eligibilityOverride", "trajectories", "matching");
    }

    @Test
    void anErasureIsRefusedWhileAContributorHoldsOpenWorkAndAskedNoMoreOnceErased() {
        Part open = new Part(10, "trajectories") {
            @Override
            public void requireErasable(long newcomerId) {
                throw new ConflictException("trajectory-open", "open");
            }
        };
        data.contributors = instance(open);
        assertThatThrownBy(() -> data.authorizeErasure(COORDINATOR, ID)).isInstanceOf(ConflictException.class);
        newcomer.erase(NOW, "els");
        data.authorizeErasure(COORDINATOR, ID);
    }

    @Test
    void pseudonymisingAndClearingTheHistoryReachEveryContributorAfterTheNewcomer() {
        data.pseudonymise(ID, NOW, "els");
        assertThat(newcomer.isErased()).isTrue();
        data.eraseHistory(ID);
        assertThat(calls).containsSubsequence("pseudonymise trajectories", "pseudonymise matching",
                "overwrite newcomer_aud", "eraseHistory trajectories", "eraseHistory matching");
    }

    /** A contributor that records what it is asked. */
    private class Part implements NewcomerDataContributor {

        private final int position;
        private final String section;

        Part(int position, String section) {
            this.position = position;
            this.section = section;
        }

        @Override
        public int position() {
            return position;
        }

        @Override
        public Map<String, Object> export(long newcomerId) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put(section, List.of());
            return out;
        }

        @Override
        public void pseudonymise(long newcomerId, Instant at) {
            calls.add("pseudonymise " + section);
        }

        @Override
        public void eraseHistory(long newcomerId) {
            calls.add("eraseHistory " + section);
        }
    }

    @SuppressWarnings("unchecked")
    private static Instance<NewcomerDataContributor> instance(NewcomerDataContributor... parts) {
        return (Instance<NewcomerDataContributor>) Proxy.newProxyInstance(NewcomerPersonalDataTest.class
                .getClassLoader(), new Class<?>[] {Instance.class}, (proxy, method, args) -> {
                    if (method.getName().equals("stream")) {
                        return List.of(parts).stream();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
