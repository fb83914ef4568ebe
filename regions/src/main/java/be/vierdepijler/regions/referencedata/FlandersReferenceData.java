package be.vierdepijler.regions.referencedata;

import be.vierdepijler.regions.municipality.domain.Province;
import be.vierdepijler.regions.municipality.domain.Region;
import be.vierdepijler.regions.network.domain.NetworkAssignment;
import be.vierdepijler.regions.network.domain.NetworkKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The networks and municipalities of Flanders and Brussels read from the reference CSV
 * ({@code nis_code,gemeente,gewest,provincie,refreg_code,referentieregio}). The 15 reference regions come from the
 * file; the city networks Antwerpen, Gent and Brussel (VGC) are added by {@link NetworkAssignment}.
 *
 * @param networks       the 18 networks, ordered by name
 * @param municipalities every municipality with its network, in file order
 */
public record FlandersReferenceData(List<NetworkRecord> networks, List<MunicipalityRecord> municipalities) {

    /** Where {@code municipalities-2025.csv} sits on the class path (in regions' src/main/resources). */
    public static final String RESOURCE = "/reference/municipalities-2025.csv";

    private static final String HEADER = "nis_code,gemeente,gewest,provincie,refreg_code,referentieregio";

    /** Reads the CSV shipped with the application. */
    public static FlandersReferenceData load() {
        try (InputStream in = FlandersReferenceData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Reference data missing from the class path: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FlandersReferenceData read(InputStream csv) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !HEADER.equals(header.strip().replace("\uFEFF", ""))) {
            throw new IllegalArgumentException("Unexpected header in the reference CSV: " + header);
        }
        Map<String, NetworkRecord> networks = new LinkedHashMap<>();
        networks.put(NetworkAssignment.ANTWERPEN, new NetworkRecord(NetworkAssignment.ANTWERPEN, "Stad Antwerpen",
                NetworkKind.CITY, null, null));
        networks.put(NetworkAssignment.GENT, new NetworkRecord(NetworkAssignment.GENT, "Stad Gent",
                NetworkKind.CITY, null, null));
        networks.put(NetworkAssignment.BRUSSEL, new NetworkRecord(NetworkAssignment.BRUSSEL, "Brussel (VGC)",
                NetworkKind.CITY, null, null));
        List<MunicipalityRecord> municipalities = new ArrayList<>();
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            municipalities.add(parse(line, lineNumber, networks));
        }
        fillCityReferenceRegions(networks, municipalities);
        List<NetworkRecord> sorted = networks.values().stream()
                .sorted(Comparator.comparing(NetworkRecord::name)).toList();
        return new FlandersReferenceData(sorted, List.copyOf(municipalities));
    }

    private static MunicipalityRecord parse(String line, int lineNumber, Map<String, NetworkRecord> networks) {
        String[] f = line.split(",", -1);
        if (f.length != 6) {
            throw new IllegalArgumentException("Line " + lineNumber + " has " + f.length + " fields, not 6: " + line);
        }
        String nis = f[0].strip();
        if (!nis.matches("\\d{5}")) {
            throw new IllegalArgumentException("Line " + lineNumber + ": not a NIS code: " + nis);
        }
        Region region = Region.byLabel(f[2].strip()).orElseThrow(() ->
                new IllegalArgumentException("Line " + lineNumber + ": unknown region " + f[2]));
        Province province = region == Region.BRUSSEL ? null : Province.byReferenceName(f[3]).orElseThrow(() ->
                new IllegalArgumentException("Line " + lineNumber + ": unknown province " + f[3]));
        String refCode = blankToNull(f[4]);
        String refName = blankToNull(f[5]);
        if (region == Region.VLAANDEREN && (refCode == null || refName == null)) {
            throw new IllegalArgumentException("Line " + lineNumber + ": a Flemish municipality needs a reference region");
        }
        String networkId = NetworkAssignment.networkIdOf(nis, refName);
        if (refName != null) {
            String regionalId = NetworkAssignment.slugOf(refName);
            networks.putIfAbsent(regionalId, new NetworkRecord(regionalId, refName, NetworkKind.REFERENCE_REGION,
                    refCode, refName));
        }
        return new MunicipalityRecord(nis, f[1].strip(), region, province, refCode, refName, networkId);
    }

    /** The city networks of Antwerpen and Gent lie in a reference region too; record which one. */
    private static void fillCityReferenceRegions(Map<String, NetworkRecord> networks,
                                                 List<MunicipalityRecord> municipalities) {
        for (MunicipalityRecord m : municipalities) {
            NetworkRecord n = networks.get(m.networkId());
            if (n.kind() == NetworkKind.CITY && n.referenceRegionCode() == null && m.referenceRegionCode() != null) {
                networks.put(n.id(), new NetworkRecord(n.id(), n.name(), n.kind(), m.referenceRegionCode(),
                        m.referenceRegionName()));
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
