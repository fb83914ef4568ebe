package be.vierdepijler.core.trajectory.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostUpdate;

/**
 * Tells the roll-ups when Hibernate writes an hour entry whose confirmation changed: its hours count from the moment
 * it is confirmed, in the month it was worked, where its trajectory is now. The day, hours and category of an entry
 * never change after it is reported, and entries are never deleted.
 */
@Dependent
public class HourEntryFigureListener {

    @Inject
    FigureChanges changes;

    @PostPersist
    @PostUpdate
    void written(HourEntry e) {
        boolean before = e.confirmedAsRead();
        boolean now = e.status() == HourStatus.CONFIRMED;
        if (before != now) {
            Trajectory t = e.trajectory();
            changes.confirmedHours(t.networkId(), t.municipalityNis(), e.date().withDayOfMonth(1), e.placementId(),
                    e.reportingCategory(), now ? e.hours() : e.hours().negate());
        }
        e.figuresWritten();
    }
}
