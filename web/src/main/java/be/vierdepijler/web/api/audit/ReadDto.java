package be.vierdepijler.web.api.audit;

import be.vierdepijler.core.audit.domain.PersonalDataRead;
import java.time.Instant;

/** One read of one person's record. */
public record ReadDto(Instant at, String by, String subjectKind, String subjectId) {

    static ReadDto of(PersonalDataRead r) {
        return new ReadDto(r.readAt(), r.readBy(), r.subjectKind(), r.subjectId());
    }
}
