package be.vierdepijler.core.port;

/**
 * Where a municipality lies, as core needs to show and group it: its name, its network and its province.
 *
 * @param provinceCode the province ({@code west-vlaanderen} …); null for the 19 Brussels municipalities
 * @param provinceName its name ({@code West-Vlaanderen}); null for Brussels
 */
public record MunicipalityPlace(String nisCode, String name, String networkId, String networkName,
                                String provinceCode, String provinceName) {
}
