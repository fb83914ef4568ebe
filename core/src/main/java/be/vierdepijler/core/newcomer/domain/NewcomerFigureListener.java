package be.vierdepijler.core.newcomer.domain;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.PostUpdate;

/** Tells the figures when Hibernate writes a newcomer whose integration status changed. */
@Dependent
public class NewcomerFigureListener {

    @Inject
    IntegrationStatusChanges changes;

    @PostUpdate
    void changed(Newcomer n) {
        IntegrationStatus before = n.integrationStatusAsRead();
        if (before != null && before != n.integrationStatus()) {
            changes.changed(n.id(), before, n.integrationStatus());
        }
        n.figuresWritten();
    }
}
