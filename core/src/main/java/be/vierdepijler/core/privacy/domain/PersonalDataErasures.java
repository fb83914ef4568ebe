package be.vierdepijler.core.privacy.domain;

import java.util.List;
import java.util.Optional;

/** The record of erasures: one row per erasure of a person, written once, read back oldest first. */
public interface PersonalDataErasures {

    void add(PersonalDataErasure erasure);

    /** Every erasure of one person, oldest first. */
    List<PersonalDataErasure> of(String subjectKind, String subjectId);

    /** The first erasure of one person, when there was one. */
    Optional<PersonalDataErasure> first(String subjectKind, String subjectId);
}
