package be.vierdepijler.web.api.trajectory;

import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.core.trajectory.application.Certificates.CertificateData;
import be.vierdepijler.core.trajectory.domain.Certificate;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The certificate (attest) of a completed participation trajectory as a PDF in Dutch: who, and from the certificate's
 * fixed record (docs/adr/0013) when, the confirmed hours per reporting category, the code anyone can verify at
 * {@code /api/v1/public/certificates/{code}} and the record's seal. Every download prints the same record, whatever
 * happened to the trajectory since. Rendered with OpenPDF (docs/adr/0009).
 */
@ApplicationScoped
public class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    @Inject
    TrajectoryTypeRegistry types;

    public byte[] render(CertificateData data) {
        Certificate certificate = data.certificate();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 60, 60, 70, 60);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Attest participatie- en netwerktraject");
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            Paragraph heading = new Paragraph("Attest participatie- en netwerktraject", title);
            heading.setSpacingAfter(24);
            document.add(heading);
            document.add(new Paragraph(data.firstName() + " " + data.lastName() + " heeft het participatie- en"
                    + " netwerktraject (vierde pijler van het inburgeringstraject) voltooid op "
                    + DATE.format(certificate.completedOn()) + ".", body));
            Paragraph total = new Paragraph("Bevestigde uren: " + hours(certificate.confirmedHours())
                    + " (doel: " + hours(certificate.targetHours()) + ").", bold);
            total.setSpacingBefore(12);
            total.setSpacingAfter(12);
            document.add(total);
            PdfPTable table = new PdfPTable(new float[] {3, 1});
            table.setWidthPercentage(100);
            table.addCell(new PdfPCell(new Phrase("Categorie", bold)));
            table.addCell(right(new Phrase("Uren", bold)));
            for (Certificate.Line line : certificate.lines()) {
                String label = line.label() != null ? line.label()
                        : TrajectoryDto.label(types, line.typeId(), line.categoryId());
                table.addCell(new PdfPCell(new Phrase(label, body)));
                table.addCell(right(new Phrase(hours(line.hours()), body)));
            }
            document.add(table);
            Paragraph code = new Paragraph("Verificatiecode: " + certificate.code(), bold);
            code.setSpacingBefore(24);
            document.add(code);
            document.add(new Paragraph("Wie dit attest ontvangt, kan de code nagaan op /api/v1/public/certificates/"
                    + certificate.code() + " van het platform Vierde Pijler.", body));
            if (certificate.contentHash() != null) {
                Font small = FontFactory.getFont(FontFactory.COURIER, 8);
                Paragraph seal = new Paragraph("Zegel (SHA-256): " + certificate.contentHash(), small);
                seal.setSpacingBefore(12);
                document.add(seal);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the certificate could not be rendered", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static PdfPCell right(Phrase phrase) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** Dutch notation: 40,00 becomes "40", 12,5 stays "12,5". */
    static String hours(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
