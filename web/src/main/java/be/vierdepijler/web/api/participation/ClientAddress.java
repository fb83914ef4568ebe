package be.vierdepijler.web.api.participation;

import be.vierdepijler.core.shared.Settings;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The client's address for the limit per address. Behind a load balancer every request comes from the balancer, so
 * the address is taken from {@code X-Forwarded-For} only when the request comes from a proxy the operator named in
 * {@code VP_TRUSTED_PROXIES} (system property {@code vp.trusted-proxies}; comma-separated addresses): the rightmost
 * entry that is not itself a trusted proxy, which a client cannot forge (it can only add entries to the left).
 * Otherwise the connection's own address.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(String remoteAddress, String forwardedFor) {
        return of(remoteAddress, forwardedFor, trustedProxies());
    }

    static String of(String remoteAddress, String forwardedFor, Set<String> trusted) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusted.contains(remoteAddress)) {
            return remoteAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        return remoteAddress;
    }

    static Set<String> trustedProxies() {
        return Settings.text("vp.trusted-proxies", "VP_TRUSTED_PROXIES")
                .map(s -> Arrays.stream(s.split(",")).map(String::strip).filter(a -> !a.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
