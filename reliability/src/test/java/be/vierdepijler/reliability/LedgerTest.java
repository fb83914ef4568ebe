package be.vierdepijler.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerTest {

    @Test
    void classifiesAnswersAsAcknowledgedRefusedOrUnknown() {
        assertThat(Ledger.outcomeOf(201)).isEqualTo(Ledger.Outcome.ACKNOWLEDGED);
        assertThat(Ledger.outcomeOf(200)).isEqualTo(Ledger.Outcome.ACKNOWLEDGED);
        assertThat(Ledger.outcomeOf(409)).isEqualTo(Ledger.Outcome.REFUSED);
        assertThat(Ledger.outcomeOf(412)).isEqualTo(Ledger.Outcome.REFUSED);
        assertThat(Ledger.outcomeOf(0)).isEqualTo(Ledger.Outcome.UNKNOWN);
        assertThat(Ledger.outcomeOf(502)).isEqualTo(Ledger.Outcome.UNKNOWN);
        assertThat(Ledger.outcomeOf(503)).isEqualTo(Ledger.Outcome.UNKNOWN);
    }

    @Test
    void aCleanRunLosesAndDoublesNothing() {
        Ledger ledger = new Ledger();
        ledger.record("hours", "a", 201);
        ledger.record("hours", "b", 201);
        ledger.record("hours", "c", 0);
        ledger.record("hours", "d", 503);
        ledger.record("hours", "e", 409);
        Ledger.Verdict verdict = ledger.check(Map.of("a", 1, "b", 1, "c", 1));
        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.sent()).isEqualTo(5);
        assertThat(verdict.acknowledged()).isEqualTo(2);
        assertThat(verdict.refused()).isEqualTo(1);
        assertThat(verdict.unknown()).isEqualTo(2);
        assertThat(verdict.unknownFound()).isEqualTo(1);
        assertThat(verdict.unknownMissing()).isEqualTo(1);
        assertThat(verdict.found()).isEqualTo(3);
    }

    @Test
    void findsWhatIsLostDoubledOrRefusedButDone() {
        Ledger ledger = new Ledger();
        ledger.record("hours", "lost", 201);
        ledger.record("hours", "twice", 201);
        ledger.record("hours", "unknown-twice", 0);
        ledger.record("hours", "refused", 400);
        Ledger.Verdict verdict = ledger.check(Map.of("twice", 2, "unknown-twice", 2, "refused", 1));
        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.lost()).containsExactly("lost");
        assertThat(verdict.doubled()).containsExactlyInAnyOrder("twice", "unknown-twice");
        assertThat(verdict.refusedButFound()).containsExactly("refused");
    }

    @Test
    void isSafeFromManyThreads() throws Exception {
        Ledger ledger = new Ledger();
        Thread[] threads = new Thread[8];
        for (int t = 0; t < threads.length; t++) {
            int thread = t;
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    ledger.record("hours", thread + "-" + i, 201);
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(ledger.count(Ledger.Outcome.ACKNOWLEDGED)).isEqualTo(8000);
    }
}
