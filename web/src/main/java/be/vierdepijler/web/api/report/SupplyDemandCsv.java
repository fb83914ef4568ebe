package be.vierdepijler.web.api.report;

import be.vierdepijler.core.spi.PlacedWith;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The rows of supply and demand as a CSV file that Excel in Flanders opens as it is: UTF-8 with a byte order mark (so
 * that "Nederlands" accents survive), {@code ;} between fields (the list separator of a Belgian Windows), CRLF between
 * records, a Dutch header. Written with Apache Commons CSV, which quotes what needs quoting.
 */
final class SupplyDemandCsv {

    /** The header, in the order of the fields of a record. */
    static final List<String> HEADER = List.of("NIS-code", "Gemeente", "Trajecttype", "Naam trajecttype",
            "Plaatsing in", "Vraag (wachtende inburgeraars)", "Aanbod (vrije plaatsen of duo's)",
            "Verschil (vraag - aanbod)", "Vraag groter dan aanbod");

    private static final CSVFormat FORMAT = CSVFormat.EXCEL.builder().setDelimiter(';')
            .setHeader(HEADER.toArray(String[]::new)).get();
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private SupplyDemandCsv() {
    }

    /** @param rows the rows of the JSON answer, type names in Dutch */
    static byte[] write(List<SupplyDemandDto.Row> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write(BYTE_ORDER_MARK);
            try (CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
                for (SupplyDemandDto.Row r : rows) {
                    printer.printRecord(r.municipalityNis(), r.municipalityName(), r.typeId(), r.typeLabel(),
                            inDutch(r.placedWith()), r.demand(), r.supply(), r.gap(),
                            r.demandExceedsSupply() ? "ja" : "nee");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** How a row's type places a newcomer, in Dutch: {@code buddy} or {@code aanbod}. */
    static String inDutch(String placedWith) {
        return PlacedWith.BUDDY.code().equals(placedWith) ? "buddy" : "aanbod";
    }
}
