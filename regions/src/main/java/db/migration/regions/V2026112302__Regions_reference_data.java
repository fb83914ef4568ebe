package db.migration.regions;

import be.vierdepijler.regions.referencedata.FlandersReferenceData;
import be.vierdepijler.regions.referencedata.MunicipalityRecord;
import be.vierdepijler.regions.referencedata.NetworkRecord;
import be.vierdepijler.core.shared.SearchText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Types;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads Flanders' reference data into a fresh database: the 18 regional networks and the 304 municipalities, each
 * assigned to its network, from the copy of {@code municipalities-2025.csv} shipped in this jar. No municipality takes
 * part yet: membership is set by the coordinators (230 take part today, and the file does not say which).
 *
 * <p>Runs once, like every versioned migration; a later change of the reference data is a new migration.
 */
public class V2026112302__Regions_reference_data extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        FlandersReferenceData data = FlandersReferenceData.load();
        Connection connection = context.getConnection();
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into regional_network (id, name, kind, reference_region_code, reference_region_name, version)"
                        + " values (?, ?, ?, ?, ?, 0)")) {
            for (NetworkRecord n : data.networks()) {
                insert.setString(1, n.id());
                insert.setString(2, n.name());
                insert.setString(3, n.kind().name());
                setNullable(insert, 4, n.referenceRegionCode());
                setNullable(insert, 5, n.referenceRegionName());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into municipality (nis_code, name, name_search, region, province, reference_region_code,"
                        + " reference_region_name, network_id, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
            for (MunicipalityRecord m : data.municipalities()) {
                insert.setString(1, m.nisCode());
                insert.setString(2, m.name());
                insert.setString(3, SearchText.fold(m.name()));
                insert.setString(4, m.region().name());
                setNullable(insert, 5, m.province() == null ? null : m.province().name());
                setNullable(insert, 6, m.referenceRegionCode());
                setNullable(insert, 7, m.referenceRegionName());
                insert.setString(8, m.networkId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws Exception {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }
}
