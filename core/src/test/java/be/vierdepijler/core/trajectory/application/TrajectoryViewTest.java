package be.vierdepijler.core.trajectory.application;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.trajectory.domain.Trajectory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrajectoryViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private final Trajectory trajectory = new Trajectory(7, "westhoek", "33021",
            new Trajectory.Plan(new BigDecimal("30"), "medisch attest", TODAY.plusMonths(10), "anna"), TODAY,
            Instant.parse("2026-03-02T09:00:00Z"));

    @Test
    void anOrganisationContactSeesNothingThatFollowsTheNewcomer() {
        TrajectoryView view = new TrajectoryView(trajectory, "Amal", "Haddad", true, List.of());

        assertThat(view.lastName()).isNull();
        assertThat(view.firstName()).isEqualTo("Amal");
        TrajectoryView.Followed followed = view.followed();
        assertThat(followed.newcomerId()).isNull();
        assertThat(followed.networkId()).isNull();
        assertThat(followed.municipalityNis()).isNull();
        assertThat(followed.counsellor()).isNull();
        assertThat(followed.statusReason()).isNull();
        assertThat(followed.targetReason()).isNull();
        assertThat(followed.deadline()).isNull();
        assertThat(followed.certificateCode()).isNull();
    }

    @Test
    void whoFollowsTheNewcomerSeesEverything() {
        TrajectoryView view = new TrajectoryView(trajectory, "Amal", "Haddad", false, List.of());

        assertThat(view.lastName()).isEqualTo("Haddad");
        TrajectoryView.Followed followed = view.followed();
        assertThat(followed.newcomerId()).isEqualTo(7L);
        assertThat(followed.networkId()).isEqualTo("westhoek");
        assertThat(followed.municipalityNis()).isEqualTo("33021");
        assertThat(followed.counsellor()).isEqualTo("anna");
        assertThat(followed.targetReason()).isEqualTo("medisch attest");
        assertThat(followed.deadline()).isEqualTo(TODAY.plusMonths(10));
    }
}
