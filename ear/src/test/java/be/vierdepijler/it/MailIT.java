package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mail outbox against a real SMTP server in this JVM (GreenMail on {@code it.smtp.port}, where the test server's
 * mail session points): a mail written in a business transaction arrives once, with its recipient, subject and body,
 * even while dispatcher runs race for it; after an SMTP failure it waits with its error and arrives once the server is
 * back; a mail a dead node left mid-send is sent by another; without SMTP nothing is sent and nothing secret is kept;
 * a rolled-back transaction sends nothing. The business transactions and the left-behind rows come from
 * {@link MailFixture}, deployed with this test only. The server's back-off starts at one second
 * ({@code vp.mail.retry.seconds=1}) and its scheduled run comes every five.
 */
@Fixtures(MailFixture.class)
class MailIT extends ApiTest {

    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 2625);
    /** Longer than a scheduled run's period: what was to arrive twice would have by then. */
    private static final Duration A_RUN_AND_MORE = Duration.ofSeconds(7);

    private GreenMail smtp;

    private void startSmtp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    /** What this test's mails look like; the kind is unique to the test, so that its rows can be told apart. */
    private record Mail(String kind, String reference, String recipient, String subject, String body) {

        static Mail unique(String what) {
            String u = TestData.unique();
            return new Mail("it-" + what + "-" + u, "it-" + what + ":" + u, what + "." + u + "@example.org",
                    "Uren bevestigen voor Amina (" + u + ")", "Dag Els,\n\nBevestig de uren van Amina via"
                            + " https://vierdepijler.example/#/confirm/TOKEN-" + u + "\n\nMet vriendelijke groet\n");
        }

        Map<String, String> form() {
            return Map.of("kind", kind, "reference", reference, "recipient", recipient, "subject", subject,
                    "body", body);
        }
    }

    private Response enqueue(Mail mail) {
        return api().contentType("application/x-www-form-urlencoded").formParams(mail.form())
                .post("/test-fixtures/mails");
    }

    private JsonPath state(Mail mail) {
        return api().queryParam("reference", mail.reference()).get("/test-fixtures/mails").then().statusCode(200)
                .extract().jsonPath();
    }

    private int dispatchRun() {
        return api().post("/test-fixtures/mails/dispatch-runs").then().statusCode(200).extract().jsonPath()
                .getInt("sent");
    }

    private List<MimeMessage> receivedBy(String recipient) {
        List<MimeMessage> received = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            try {
                if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> ((InternetAddress) a).getAddress().equals(recipient))) {
                    received.add(message);
                }
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return received;
    }

    private static void await(String what, Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited %s for %s", timeout, what).isLessThan(end);
            Thread.sleep(200);
        }
    }

    /** Exactly one message reached the recipient, also after another run had its chance, and it is the mail. */
    private void arrivedOnce(Mail mail) throws Exception {
        arrivedOnce(List.of(mail));
    }

    private void arrivedOnce(List<Mail> mails) throws Exception {
        await("the mails to arrive", Duration.ofSeconds(60),
                () -> mails.stream().noneMatch(m -> receivedBy(m.recipient()).isEmpty()));
        Thread.sleep(A_RUN_AND_MORE.toMillis());
        for (Mail mail : mails) {
            isTheOnlyMessageTo(mail);
        }
    }

    private void isTheOnlyMessageTo(Mail mail) throws Exception {
        List<MimeMessage> received = receivedBy(mail.recipient());
        assertThat(received).as("messages to %s", mail.recipient()).hasSize(1);
        MimeMessage message = received.get(0);
        assertThat(message.getSubject()).isEqualTo(mail.subject());
        assertThat(message.getContent()).isInstanceOf(String.class);
        // SMTP ends the data with a line break of its own: the text up to it is the body.
        assertThat(((String) message.getContent()).replace("\r\n", "\n").stripTrailing())
                .isEqualTo(mail.body().stripTrailing());
        assertThat(((InternetAddress) message.getFrom()[0]).getAddress()).isEqualTo("vierdepijler-test@example.org");
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    }

    @Test
    void aMailWrittenInABusinessTransactionArrivesOnceAfterTheCommit() throws Exception {
        startSmtp();
        Mail mail = Mail.unique("once");
        JsonPath written = enqueue(mail).then().statusCode(200).body("status", equalTo("queued"))
                .body("willBeSent", equalTo(true)).extract().jsonPath();
        // Scheduled runs on demand, racing the hand-off after the commit for the same row.
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(this::dispatchRun));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        arrivedOnce(mail);

        JsonPath state = state(mail);
        assertThat(state.getLong("id")).isEqualTo(written.getLong("id"));
        assertThat(state.getString("status")).isEqualTo("sent");
        assertThat(state.getInt("attempts")).isEqualTo(1);
        assertThat(state.getBoolean("hasBody")).as("the link's token is not kept").isFalse();
        assertThat(state.getString("sentAt")).isNotNull();

        // The administrators' list: the mail with its recipient and times, never a body.
        JsonPath listed = api().queryParam("kind", mail.kind()).get("/mails").then().statusCode(200)
                .body("totalItems", equalTo(1)).extract().jsonPath();
        assertThat(listed.getMap("items[0]")).containsEntry("status", "sent").containsEntry("attempts", 1)
                .containsEntry("recipient", mail.recipient()).containsEntry("reference", mail.reference())
                .doesNotContainKey("body");
        assertThat(listed.getString("items[0].sentAt")).isNotNull();
    }

    @Test
    void ofABacklogEveryMailIsClaimedAndSentOnceWhileRunsRaceForIt() throws Exception {
        startSmtp();
        List<Mail> backlog = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Mail mail = Mail.unique("backlog");
            backlog.add(mail);
            Map<String, String> row = new java.util.HashMap<>(mail.form());
            row.put("status", "queued");
            api().contentType("application/x-www-form-urlencoded").formParams(row)
                    .post("/test-fixtures/mails/left-behind").then().statusCode(200);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        int sent = 0;
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    return dispatchRun();
                }));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                sent += run.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sent).as("sent by the four runs (the scheduled one may have taken some)").isLessThanOrEqualTo(12);
        arrivedOnce(backlog);
        for (Mail mail : backlog) {
            assertThat(state(mail).getString("status")).isEqualTo("sent");
            assertThat(state(mail).getInt("attempts")).isEqualTo(1);
        }
    }

    @Test
    void afterAnSmtpFailureTheMailWaitsWithItsErrorAndArrivesOnceTheServerIsBack() throws Exception {
        Mail mail = Mail.unique("retry");
        enqueue(mail).then().statusCode(200).body("status", equalTo("queued"));
        await("a failed attempt", Duration.ofSeconds(30), () -> {
            JsonPath state = state(mail);
            return state.getInt("attempts") >= 1 && state.getString("status").equals("queued")
                    && state.getString("lastError") != null;
        });
        JsonPath waiting = state(mail);
        assertThat(waiting.getBoolean("hasBody")).as("kept for the next attempt").isTrue();
        assertThat(waiting.getString("nextAttemptAt")).isNotNull();
        assertThat(waiting.getString("lastError")).contains("Connection refused").doesNotContain(mail.recipient());
        api().queryParam("kind", mail.kind()).get("/mails").then().statusCode(200)
                .body("items[0].status", equalTo("queued")).body("items[0].lastError", equalTo(
                        waiting.getString("lastError")));

        startSmtp();
        arrivedOnce(mail);
        JsonPath state = state(mail);
        assertThat(state.getString("status")).isEqualTo("sent");
        assertThat(state.getInt("attempts")).isGreaterThanOrEqualTo(2);
        assertThat(state.getString("lastError")).isNull();
        assertThat(state.getBoolean("hasBody")).isFalse();
    }

    @Test
    void aMailThatADeadNodeLeftMidSendIsSentByAnother() throws Exception {
        startSmtp();
        Mail stranded = Mail.unique("stranded");
        Map<String, String> row = new java.util.HashMap<>(stranded.form());
        row.put("status", "sending");
        row.put("claimedSeconds", "-60");
        api().contentType("application/x-www-form-urlencoded").formParams(row)
                .post("/test-fixtures/mails/left-behind").then().statusCode(200);
        // One a live node is sending right now: its claim runs for another five minutes.
        Mail busy = Mail.unique("busy");
        Map<String, String> busyRow = new java.util.HashMap<>(busy.form());
        busyRow.put("status", "sending");
        busyRow.put("claimedSeconds", "300");
        api().contentType("application/x-www-form-urlencoded").formParams(busyRow)
                .post("/test-fixtures/mails/left-behind").then().statusCode(200);

        arrivedOnce(stranded);
        JsonPath state = state(stranded);
        assertThat(state.getString("status")).isEqualTo("sent");
        assertThat(state.getInt("attempts")).isEqualTo(2);
        assertThat(state.getBoolean("hasBody")).isFalse();

        assertThat(receivedBy(busy.recipient())).as("not taken from the node that holds it").isEmpty();
        assertThat(state(busy).getString("status")).isEqualTo("sending");
        api().post("/test-fixtures/mails/kinds/" + busy.kind() + "/removal").then().statusCode(200);
    }

    @Test
    void withoutSmtpNothingIsSentAndNothingSecretKept() throws Exception {
        startSmtp();
        Mail mail = Mail.unique("unconfigured");
        api().contentType("application/x-www-form-urlencoded").formParams(mail.form())
                .post("/test-fixtures/mails/without-smtp").then().statusCode(200)
                .body("status", equalTo("not-configured")).body("willBeSent", equalTo(false))
                .body("smtpConfigured", equalTo(false));
        JsonPath state = state(mail);
        assertThat(state.getString("status")).isEqualTo("not-configured");
        assertThat(state.getBoolean("hasBody")).isFalse();
        dispatchRun();
        Thread.sleep(A_RUN_AND_MORE.toMillis());
        assertThat(receivedBy(mail.recipient())).isEmpty();
        assertThat(state(mail).getString("status")).isEqualTo("not-configured");
        assertThat(state(mail).getInt("attempts")).isZero();
        api().queryParam("status", "not-configured").queryParam("size", 200).get("/mails").then().statusCode(200)
                .body("items.reference", hasItem(mail.reference()));
    }

    @Test
    void aRolledBackTransactionSendsNothing() throws Exception {
        startSmtp();
        Mail mail = Mail.unique("rollback");
        Map<String, String> form = new java.util.HashMap<>(mail.form());
        form.put("rollback", "true");
        assertThat(api().contentType("application/x-www-form-urlencoded").formParams(form)
                .post("/test-fixtures/mails").statusCode()).isEqualTo(409);
        Thread.sleep(A_RUN_AND_MORE.toMillis());
        assertThat(receivedBy(mail.recipient())).isEmpty();
        api().queryParam("reference", mail.reference()).get("/test-fixtures/mails").then().statusCode(404);
    }

    @Test
    void aBadMailIsRefusedWithItsFieldsAndNothingIsWritten() {
        Mail mail = Mail.unique("bad");
        Map<String, String> form = new java.util.HashMap<>(mail.form());
        form.put("recipient", "els.at.example.org");
        form.put("subject", "");
        api().contentType("application/x-www-form-urlencoded").formParams(form).post("/test-fixtures/mails").then()
                .statusCode(400).body("violations.field", equalTo(List.of("recipient", "subject")));
        api().queryParam("reference", mail.reference()).get("/test-fixtures/mails").then().statusCode(404);
    }

    @Test
    void theStatusesOfSeveralReferencesAtOnceTheNewestOfEach() throws Exception {
        Mail first = Mail.unique("statuses");
        api().contentType("application/x-www-form-urlencoded").formParams(first.form())
                .post("/test-fixtures/mails/without-smtp").then().statusCode(200);
        startSmtp();
        Mail again = new Mail(first.kind(), first.reference(), first.recipient(), first.subject(), first.body());
        enqueue(again).then().statusCode(200);
        Mail other = Mail.unique("statuses");
        api().contentType("application/x-www-form-urlencoded").formParams(other.form())
                .post("/test-fixtures/mails/without-smtp").then().statusCode(200);
        await("the second mail to go out", Duration.ofSeconds(30), () -> state(first).getString("status")
                .equals("sent"));
        Map<String, String> statuses = api().queryParam("reference", first.reference(), other.reference(),
                "it-statuses:nothing").get("/test-fixtures/mails/statuses").then().statusCode(200).extract()
                .jsonPath().getMap("", String.class, String.class);
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(Map.of(first.reference(), "sent",
                other.reference(), "not-configured"));
    }

    @Test
    void theListIsNewestFirstPagedAndRefusesBadFilters() {
        Mail older = Mail.unique("list");
        Mail newer = new Mail(older.kind(), older.reference() + "-2", older.recipient(), older.subject(),
                older.body());
        for (Mail mail : List.of(older, newer)) {
            api().contentType("application/x-www-form-urlencoded").formParams(mail.form())
                    .post("/test-fixtures/mails/without-smtp").then().statusCode(200);
        }
        api().queryParam("kind", older.kind()).get("/mails").then().statusCode(200)
                .body("items.reference", equalTo(List.of(newer.reference(), older.reference())));
        api().queryParam("kind", older.kind()).queryParam("sort", "created").get("/mails").then().statusCode(200)
                .body("items.reference", equalTo(List.of(older.reference(), newer.reference())));
        api().queryParam("kind", older.kind()).queryParam("size", 1).queryParam("page", 1).get("/mails").then()
                .statusCode(200).body("items.reference", equalTo(List.of(older.reference())))
                .body("totalItems", equalTo(2)).body("totalPages", equalTo(2));
        api().queryParam("status", "lost").queryParam("size", 0).get("/mails").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", equalTo(List.of("status", "size")));
        api().queryParam("sort", "recipient").get("/mails").then().statusCode(400)
                .body("violations.field", equalTo(List.of("sort")));
    }
}
