package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Every list downloads as CSV and XLSX with the filters of the JSON list: read back with Commons CSV and POI, a download
 * holds exactly the rows of the JSON list, in its order, with Dutch headers, and no personal data the list does not
 * show that caller.
 */
class ListDownloadIT extends ApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static List<CSVRecord> csv(byte[] body) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.EXCEL.builder().setDelimiter(';').get().parse(new StringReader(text.substring(1)))
                .getRecords();
    }

    private static int column(CSVRecord header, String label) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no column " + label + " in " + header);
    }

    private long organisation(String name, String nis) {
        return api().contentType("application/json").body("{\"name\":\"" + name + "\",\"kind\":\"association\","
                        + "\"municipalityNis\":\"" + nis + "\",\"contacts\":[{\"name\":\"Piet Contact\","
                        + "\"email\":\"piet@vzw.be\"}]}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void organisationsAsCsvAndXlsxEqualTheJsonListWithItsFiltersAndOrder() throws IOException {
        String tag = "Download " + TestData.unique();
        organisation(tag + " Bèta", "33021");
        organisation(tag + " Alfa", "33021");
        organisation(tag + " Gamma", "71011");
        JsonPath json = api().queryParam("q", tag).queryParam("network", "westhoek")
                .get("/organisations?sort=-name&size=200").jsonPath();
        List<Long> ids = json.getList("items.id", Long.class);
        assertThat(ids).hasSize(2);

        Response csvAnswer = api().queryParam("q", tag).queryParam("network", "westhoek")
                .get("/organisations?sort=-name&format=csv&size=1&page=3");
        assertThat(csvAnswer.statusCode()).as(csvAnswer.asString()).isEqualTo(200);
        assertThat(csvAnswer.contentType()).startsWith("text/csv");
        assertThat(csvAnswer.header("Content-Disposition")).contains("organisations.csv");
        assertThat(csvAnswer.header("X-Total-Items")).isEqualTo("2");
        assertThat(csvAnswer.header("X-Truncated")).isNull();
        List<CSVRecord> records = csv(csvAnswer.asByteArray());
        CSVRecord header = records.get(0);
        int id = column(header, "Id");
        int name = column(header, "Naam");
        int municipality = column(header, "Gemeente");
        assertThat(records.subList(1, records.size()).stream().map(r -> Long.valueOf(r.get(id))).toList())
                .as("page and size are ignored: the whole filtered list in its order").isEqualTo(ids);
        assertThat(records.get(1).get(name)).isEqualTo(json.getString("items[0].name"));
        assertThat(records.get(1).get(municipality)).isEqualTo("Poperinge");
        assertThat(records.get(1).get(column(header, "Contactpersonen"))).contains("Piet Contact");
        assertThat(records.get(1).get(column(header, "Actief"))).isEqualTo("ja");

        byte[] xlsx = api().queryParam("q", tag).queryParam("network", "westhoek")
                .get("/organisations?sort=-name&format=xlsx").then().statusCode(200).contentType(XLSX)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("Organisaties");
            Row head = sheet.getRow(0);
            assertThat(head.getCell(0).getStringCellValue()).isEqualTo("Id");
            List<Long> xlsxIds = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                xlsxIds.add((long) sheet.getRow(r).getCell(0).getNumericCellValue());
            }
            assertThat(xlsxIds).isEqualTo(ids);
            assertThat(workbook.getSheet("Over dit rapport")).isNotNull();
        }
    }

    @Test
    void aDownloadShowsPersonalDataOnlyWhereTheListShowsItToThatCaller() throws IOException {
        String tag = "Bereik " + TestData.unique();
        organisation(tag, "33021");
        String suffix = TestData.unique();
        api().contentType("application/json").body("{\"username\":\"download.limburg." + suffix
                + "\",\"displayName\":\"Limburg\",\"role\":\"network-coordinator\",\"networkIds\":[\"limburg\"],"
                + "\"password\":\"download-password-1\"}").post("/users").then().statusCode(201);
        Session limburg = signIn("download.limburg." + suffix, "download-password-1");
        as(limburg).queryParam("q", tag).get("/organisations").then().statusCode(200);
        assertThat(as(limburg).queryParam("q", tag).get("/organisations").jsonPath().getList("items[0].contacts"))
                .as("the JSON list shows this coordinator no contact persons of another network").isNullOrEmpty();
        List<CSVRecord> records = csv(as(limburg).queryParam("q", tag).get("/organisations?format=csv").then()
                .statusCode(200).extract().asByteArray());
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(column(records.get(0), "Contactpersonen"))).isEmpty();
        assertThat(String.join(";", records.get(1))).doesNotContain("piet@vzw.be");
    }

    @Test
    void offersTrajectoriesAndNewcomersDownloadWithTheirFilters() throws IOException {
        for (String list : List.of("/offers?network=westhoek", "/trajectories?network=westhoek",
                "/newcomers?network=westhoek", "/municipalities?network=westhoek", "/networks", "/users",
                "/buddies", "/mails", "/audit/reads", "/worklist")) {
            String sep = list.contains("?") ? "&" : "?";
            JsonPath json = api().get(list + sep + "size=200").then().statusCode(200).extract().jsonPath();
            Response answer = api().get(list + sep + "format=csv");
            assertThat(answer.statusCode()).as(list + ": " + answer.asString()).isEqualTo(200);
            List<CSVRecord> records = csv(answer.asByteArray());
            assertThat(records.size() - 1).as(list).isEqualTo(Math.min(json.getInt("totalItems"), 10_000));
            assertThat(answer.header("X-Total-Items")).isEqualTo(String.valueOf(json.getLong("totalItems")));
            api().get(list + sep + "format=xlsx").then().statusCode(200).contentType(XLSX);
        }
    }

    @Test
    void anUnknownFormatIsRefusedAtTheFieldNotAnsweredAsJson() {
        for (String list : List.of("/offers", "/organisations", "/newcomers")) {
            api().get(list + "?format=pdf").then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", org.hamcrest.Matchers.equalTo("format"))
                    .body("violations[0].code", org.hamcrest.Matchers.equalTo("unknown-format"));
        }
        api().get("/offers?format=json").then().statusCode(200).contentType("application/json");
    }
}
