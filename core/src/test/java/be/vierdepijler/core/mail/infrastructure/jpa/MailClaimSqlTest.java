package be.vierdepijler.core.mail.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outbox's claim and outcome statements ({@link JpaMailOutbox#CLAIM}, {@link JpaMailOutbox#MARK_SENT}, …) on the
 * table as its migration makes it (on H2 in PostgreSQL mode): which rows a claim may take, and that of many nodes
 * claiming the same mails at once exactly one wins each. On PostgreSQL, point it at an empty scratch database:
 * {@code -Dvp.mail.test.url=jdbc:postgresql://127.0.0.1:5432/x -Dvp.mail.test.user=postgres}.
 */
class MailClaimSqlTest {

    private static final String URL = System.getProperty("vp.mail.test.url", "jdbc:h2:mem:mailclaim;MODE=PostgreSQL;"
            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
    private static final String USER = System.getProperty("vp.mail.test.user", "sa");
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 10, 0);
    private static final LocalDateTime LEASE_END = NOW.plusMinutes(5);

    /** The outbox's own migration (the module's earlier ones need the regions' tables, which core cannot see). */
    private static final String MIGRATION = "/db/migration/core/V2026120310__core_mail_outbox.sql";

    @BeforeAll
    static void migrate() throws Exception {
        String script;
        try (InputStream in = MailClaimSqlTest.class.getResourceAsStream(MIGRATION)) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String sql = script.lines().filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("drop table if exists mail_outbox");
            for (String statement : sql.split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, "");
    }

    /** A mail row as it may be found: its status, attempts, next attempt and end of claim. */
    private static long mail(String status, int attempts, LocalDateTime nextAttempt, LocalDateTime claimedUntil)
            throws SQLException {
        boolean onItsWay = status.equals("queued") || status.equals("sending");
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("insert into mail_outbox (kind,"
                + " reference, recipient, subject, body, status, attempts, next_attempt_at, claimed_until, created_at)"
                + " values ('test', 'test:1', 'els@example.org', 'Onderwerp', ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, onItsWay ? "Geheime link" : null);
            s.setString(2, status);
            s.setInt(3, attempts);
            s.setObject(4, nextAttempt);
            s.setObject(5, claimedUntil);
            s.setObject(6, NOW.minusHours(1));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static boolean claim(long id, LocalDateTime at) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(JpaMailOutbox.CLAIM)) {
            s.setObject(1, at.plusMinutes(5));
            s.setLong(2, id);
            s.setObject(3, at);
            s.setObject(4, at);
            return s.executeUpdate() == 1;
        }
    }

    private static Map<String, Object> row(long id) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("select status, attempts, body,"
                + " claimed_until, next_attempt_at, sent_at, last_error from mail_outbox where id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Map<String, Object> row = new HashMap<>();
                row.put("status", r.getString(1));
                row.put("attempts", r.getInt(2));
                row.put("body", r.getString(3));
                row.put("claimed_until", r.getObject(4, LocalDateTime.class));
                row.put("next_attempt_at", r.getObject(5, LocalDateTime.class));
                row.put("sent_at", r.getObject(6, LocalDateTime.class));
                row.put("last_error", r.getString(7));
                return row;
            }
        }
    }

    private static int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    @Test
    void aQueuedMailIsClaimedOnceItsAttemptIsDue() throws SQLException {
        long mail = mail("queued", 0, NOW.plusSeconds(30), null);
        assertThat(claim(mail, NOW)).isFalse();
        assertThat(row(mail)).containsEntry("status", "queued").containsEntry("attempts", 0);

        assertThat(claim(mail, NOW.plusSeconds(30))).isTrue();
        assertThat(row(mail)).containsEntry("status", "sending").containsEntry("attempts", 1)
                .containsEntry("claimed_until", NOW.plusSeconds(30).plusMinutes(5));
    }

    @Test
    void aClaimedMailIsTakenAgainOnlyWhenItsClaimRanOut() throws SQLException {
        long mail = mail("queued", 0, NOW, null);
        assertThat(claim(mail, NOW)).isTrue();
        assertThat(claim(mail, NOW.plusMinutes(1))).as("still claimed by the first node").isFalse();
        assertThat(claim(mail, NOW.plusMinutes(5))).as("the claim ends at, not before, its time").isFalse();

        assertThat(claim(mail, NOW.plusMinutes(5).plusSeconds(1))).as("the node died mid-send").isTrue();
        assertThat(row(mail)).containsEntry("status", "sending").containsEntry("attempts", 2);
    }

    @Test
    void aFinishedMailIsNeverClaimed() throws SQLException {
        LocalDateTime longAgo = NOW.minusDays(30);
        for (String status : List.of("sent", "failed", "not-configured")) {
            long mail = mail(status, 3, longAgo, longAgo);
            assertThat(claim(mail, NOW)).as(status).isFalse();
            assertThat(row(mail)).containsEntry("status", status).containsEntry("attempts", 3);
        }
    }

    @Test
    void dueListsWhatMayBeClaimedAndNothingElse() throws SQLException {
        LocalDateTime at = NOW.plusYears(1); // after every row the other tests leave behind
        update("update mail_outbox set status = 'failed', body = null where status in ('queued', 'sending')");
        long queuedDue = mail("queued", 0, at, null);
        long retryDue = mail("queued", 2, at.minusSeconds(1), null);
        mail("queued", 1, at.plusSeconds(1), null);
        long stranded = mail("sending", 1, null, at.minusSeconds(1));
        mail("sending", 1, null, at.plusMinutes(1));
        mail("sent", 1, null, null);
        List<Long> due = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(JpaMailOutbox.DUE)) {
            s.setObject(1, at);
            s.setObject(2, at);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    due.add(r.getLong(1));
                }
            }
        }
        assertThat(due).containsExactly(queuedDue, retryDue, stranded);
    }

    @Test
    void anOutcomeLandsOnlyForTheClaimThatIsStillCurrent() throws SQLException {
        long mail = mail("queued", 0, NOW, null);
        assertThat(claim(mail, NOW)).isTrue(); // attempt 1, then that node hangs
        assertThat(claim(mail, NOW.plusMinutes(6))).isTrue(); // attempt 2 by another node

        assertThat(update(JpaMailOutbox.MARK_SENT, NOW.plusMinutes(7), mail, 1)).as("the late first node").isZero();
        assertThat(update(JpaMailOutbox.MARK_RETRY, NOW.plusMinutes(8), "x", mail, 1)).isZero();
        assertThat(update(JpaMailOutbox.MARK_FAILED, "x", mail, 1)).isZero();
        assertThat(row(mail)).containsEntry("status", "sending").containsEntry("body", "Geheime link");

        assertThat(update(JpaMailOutbox.MARK_SENT, NOW.plusMinutes(7), mail, 2)).isOne();
        assertThat(row(mail)).containsEntry("status", "sent").containsEntry("body", null)
                .containsEntry("sent_at", NOW.plusMinutes(7)).containsEntry("claimed_until", null)
                .containsEntry("next_attempt_at", null);
        assertThat(update(JpaMailOutbox.MARK_SENT, NOW.plusMinutes(9), mail, 2)).as("only once").isZero();
    }

    @Test
    void aRetryQueuesTheMailWithItsErrorAndAFailureClearsTheBody() throws SQLException {
        long mail = mail("queued", 0, NOW, null);
        assertThat(claim(mail, NOW)).isTrue();
        assertThat(update(JpaMailOutbox.MARK_RETRY, NOW.plusMinutes(1), "MailConnectException: refused", mail, 1))
                .isOne();
        assertThat(row(mail)).containsEntry("status", "queued").containsEntry("attempts", 1)
                .containsEntry("next_attempt_at", NOW.plusMinutes(1)).containsEntry("claimed_until", null)
                .containsEntry("last_error", "MailConnectException: refused")
                .containsEntry("body", "Geheime link");

        assertThat(claim(mail, NOW.plusMinutes(1))).isTrue();
        assertThat(update(JpaMailOutbox.MARK_FAILED, "SendFailedException: 550", mail, 2)).isOne();
        assertThat(row(mail)).containsEntry("status", "failed").containsEntry("body", null)
                .containsEntry("last_error", "SendFailedException: 550").containsEntry("next_attempt_at", null);
    }

    @Test
    void theTableKeepsNoBodyOnceAMailIsFinished() {
        assertThatThrownBy(() -> update("update mail_outbox set status = 'sent' where body is not null"))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> update("insert into mail_outbox (kind, reference, recipient, subject, body, status,"
                + " created_at) values ('t', 't', 'e@example.org', 's', 'secret', 'not-configured', ?)", NOW))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void ofManyNodesClaimingTheSameMailsAtOnceExactlyOneWinsEach() throws Exception {
        List<Long> mails = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            mails.add(mail("queued", 0, NOW, null));
        }
        int nodes = 6;
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> runs = new ArrayList<>();
        try {
            for (int n = 0; n < nodes; n++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    List<Long> won = new ArrayList<>();
                    for (long mail : mails) {
                        try (Connection c = connect()) {
                            c.setAutoCommit(false);
                            try (PreparedStatement s = c.prepareStatement(JpaMailOutbox.CLAIM)) {
                                s.setObject(1, LEASE_END);
                                s.setLong(2, mail);
                                s.setObject(3, NOW);
                                s.setObject(4, NOW);
                                if (s.executeUpdate() == 1) {
                                    won.add(mail);
                                }
                            }
                            Thread.sleep(2); // hold the row lock a moment, as a node does
                            c.commit();
                        }
                    }
                    return won;
                }));
            }
            start.countDown();
            List<Long> claimed = new ArrayList<>();
            for (Future<List<Long>> run : runs) {
                claimed.addAll(run.get(60, TimeUnit.SECONDS));
            }
            assertThat(claimed).containsExactlyInAnyOrderElementsOf(mails);
        } finally {
            pool.shutdownNow();
        }
        for (long mail : mails) {
            assertThat(row(mail)).containsEntry("status", "sending").containsEntry("attempts", 1);
        }
    }
}
