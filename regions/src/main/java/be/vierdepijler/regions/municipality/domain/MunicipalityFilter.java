package be.vierdepijler.regions.municipality.domain;

/**
 * What a list of municipalities is narrowed to; every part is optional (null).
 *
 * @param networkId only the municipalities of this network
 * @param province  only those of this province
 * @param nameQuery only those whose name contains this text, regardless of case and accents
 */
public record MunicipalityFilter(String networkId, Province province, String nameQuery) {

    public static MunicipalityFilter all() {
        return new MunicipalityFilter(null, null, null);
    }
}
