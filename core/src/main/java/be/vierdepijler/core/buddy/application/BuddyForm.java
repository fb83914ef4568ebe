package be.vierdepijler.core.buddy.application;

import be.vierdepijler.core.buddy.domain.BuddyProfile;
import be.vierdepijler.core.buddy.domain.BuddySettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A buddy as a coordinator fills it in: the profile, the coordinator's settings and the consents answered.
 *
 * @param consents purpose code → granted; purposes left out keep their answer (a new buddy: no consent)
 */
public record BuddyForm(BuddyProfile profile, BuddySettings settings, Map<String, Boolean> consents) {

    public BuddyForm {
        consents = consents == null ? Map.of() : new LinkedHashMap<>(consents);
    }
}
