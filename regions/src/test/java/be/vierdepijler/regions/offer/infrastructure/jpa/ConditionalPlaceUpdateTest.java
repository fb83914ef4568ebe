package be.vierdepijler.regions.offer.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statements by which a placement takes and gives back an offer's place ({@link JpaOfferRepository#TAKE_PLACE},
 * {@link JpaOfferRepository#RELEASE_PLACE}), on the real schema (every migration, on H2 in PostgreSQL mode), raced
 * by many transactions at once: never more places taken than the capacity, never fewer than zero. To run the same on
 * PostgreSQL, point it at an empty scratch database: {@code -Dvp.places.test.url=jdbc:postgresql://127.0.0.1:5432/x
 * -Dvp.places.test.user=postgres}.
 */
class ConditionalPlaceUpdateTest {

    private static final String URL = System.getProperty("vp.places.test.url",
            "jdbc:h2:mem:places;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
    private static final String USER = System.getProperty("vp.places.test.user", "sa");

    @BeforeAll
    static void migrate() {
        Flyway.configure().dataSource(URL, USER, "").locations("classpath:db/migration").load().migrate();
    }

    private static long offer(int capacity) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
            s.executeUpdate("insert into organisation (name, name_search, kind, municipality_nis, created_at)"
                    + " values ('Vzw Test', 'vzw test', 'ASSOCIATION', '33021', current_timestamp)",
                    Statement.RETURN_GENERATED_KEYS);
            long organisation = generated(s);
            s.executeUpdate("insert into offer (organisation_id, trajectory_type_id, reporting_category, title,"
                    + " title_search, municipality_nis, network_id, required_level, capacity, status, created_at,"
                    + " changed_at) values (" + organisation + ", 'volunteering', 'volunteering', 'Test', 'test',"
                    + " '33021', 'westhoek', 'A1', " + capacity + ", 'PUBLISHED', current_timestamp,"
                    + " current_timestamp)", Statement.RETURN_GENERATED_KEYS);
            return generated(s);
        }
    }

    private static long generated(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private static int placesTaken(long offer) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, "");
             ResultSet r = c.createStatement().executeQuery("select places_taken from offer where id = " + offer)) {
            r.next();
            return r.getInt(1);
        }
    }

    /** One placement's transaction: takes a place, holds the row a moment, commits (or rolls back). */
    private static boolean takeInOwnTransaction(long offer, boolean commit) throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, USER, "")) {
            c.setAutoCommit(false);
            try (PreparedStatement take = c.prepareStatement(JpaOfferRepository.TAKE_PLACE)) {
                take.setLong(1, offer);
                boolean taken = take.executeUpdate() == 1;
                Thread.sleep(20);
                if (commit) {
                    c.commit();
                } else {
                    c.rollback();
                }
                return taken;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void concurrentPlacementsNeverTakeMoreThanTheCapacity() throws Exception {
        long offer = offer(3);
        int contenders = 12;
        ExecutorService pool = Executors.newFixedThreadPool(contenders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < contenders; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return takeInOwnTransaction(offer, true);
            }));
        }
        start.countDown();
        int taken = 0;
        for (Future<Boolean> result : results) {
            taken += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertThat(taken).isEqualTo(3);
        assertThat(placesTaken(offer)).isEqualTo(3);
    }

    @Test
    void aRolledBackPlacementGivesItsPlaceBack() throws Exception {
        long offer = offer(1);
        assertThat(takeInOwnTransaction(offer, false)).isTrue();
        assertThat(placesTaken(offer)).isZero();
        assertThat(takeInOwnTransaction(offer, true)).isTrue();
        assertThat(takeInOwnTransaction(offer, true)).as("the only place is taken").isFalse();
    }

    @Test
    void givingBackNeverGoesBelowZero() throws Exception {
        long offer = offer(2);
        try (Connection c = DriverManager.getConnection(URL, USER, "");
             PreparedStatement release = c.prepareStatement(JpaOfferRepository.RELEASE_PLACE)) {
            release.setLong(1, offer);
            assertThat(release.executeUpdate()).isZero();
            assertThat(takeInOwnTransaction(offer, true)).isTrue();
            assertThat(release.executeUpdate()).isOne();
            assertThat(release.executeUpdate()).isZero();
        }
        assertThat(placesTaken(offer)).isZero();
    }

    @Test
    void theTableItselfRefusesAnOverbooking() throws Exception {
        long offer = offer(1);
        try (Connection c = DriverManager.getConnection(URL, USER, ""); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update offer set places_taken = 2 where id = " + offer))
                    .isInstanceOf(SQLException.class).hasMessageContaining("ck_offer_places");
        }
    }
}
