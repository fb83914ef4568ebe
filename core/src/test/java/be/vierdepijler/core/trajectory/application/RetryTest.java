package be.vierdepijler.core.trajectory.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetryTest {

    @Test
    void aSecondCertificateOfOneTrajectoryIsAConcurrentChange() {
        RuntimeException postgres = new RuntimeException("could not execute statement", new RuntimeException(
                "ERROR: duplicate key value violates unique constraint \"uq_certificate_trajectory\""));
        RuntimeException h2 = new RuntimeException("Unique index or primary key violation: \"PUBLIC"
                + ".UQ_CERTIFICATE_TRAJECTORY_INDEX_A ON PUBLIC.CERTIFICATE(TRAJECTORY_ID)\"");
        assertThat(Retry.isConcurrentChange(postgres)).isTrue();
        assertThat(Retry.isConcurrentChange(h2)).isTrue();
        assertThat(Retry.isConcurrentChange(new RuntimeException("duplicate key uq_certificate_code"))).isFalse();
        assertThat(Retry.isConcurrentChange(new jakarta.persistence.OptimisticLockException("stale"))).isTrue();
        assertThat(Retry.isConcurrentChange(new IllegalStateException("other"))).isFalse();
    }
}
