package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The one import path against the real server: a dry run of a bad file lists every bad row and writes nothing; a clean
 * file imports; the same file again changes nothing; a caller outside the kind is refused; a huge body is refused
 * before it is read; progress ends at 100 %. A file of more rows than the import applies between two clears of the
 * persistence contexts still imports every row with its audit trail, and a row refused late in such a file leaves
 * none of them. (The import's speed at volume is measured by bench/run.sh, not here: a test that only times would be
 * skipped in CI.)
 */
class ImportIT extends ApiTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.ear();
        WebArchive web = ear.getAsType(WebArchive.class, "web.war");
        web.addClass(ImportAuditFixture.class);
        ear.delete("web.war");
        JavaArchive refusing = ShrinkWrap.create(JavaArchive.class, "import-test-kind.jar")
                .addClass(RefusingOrganisationImport.class)
                .addAsManifestResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " version=\"4.0\" bean-discovery-mode=\"all\"/>"), "beans.xml");
        return ear.addAsModule(web).addAsLibrary(refusing);
    }

    private Response post(String kind, boolean dryRun, String contentType, byte[] body) {
        return api().contentType(contentType).header("X-File-Name", "bestand.csv").body(body)
                .post("/imports?kind=" + kind + "&dryRun=" + dryRun);
    }

    /** Starts an import, checks its 202 and Location, and waits until it has finished; the finished run. */
    private JsonPath run(String kind, boolean dryRun, String contentType, byte[] body) {
        return run(kind, dryRun, contentType, body, 60);
    }

    private JsonPath run(String kind, boolean dryRun, String contentType, byte[] body, int waitSeconds) {
        Response started = post(kind, dryRun, contentType, body);
        assertThat(started.statusCode()).as(started.asString()).isEqualTo(202);
        String location = started.header("Location");
        assertThat(location).endsWith("/api/v1/imports/" + started.jsonPath().getLong("id"));
        return finished(started.jsonPath().getLong("id"), waitSeconds);
    }

    private JsonPath finished(long id, int waitSeconds) {
        long until = System.currentTimeMillis() + waitSeconds * 1000L;
        while (System.currentTimeMillis() < until) {
            JsonPath run = api().get("/imports/" + id).then().statusCode(200).extract().jsonPath();
            if (!run.getString("status").equals("running")) {
                return run;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("import " + id + " did not finish within " + waitSeconds + " s");
    }

    private static byte[] csv(String... lines) {
        return ("\uFEFF" + String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * {@code count} organisations named {@code tag} and a number, each with a contact person, spread over two
     * municipalities; the last one's name ends in {@code lastSuffix} when that is not null.
     */
    private static byte[] organisations(String tag, int count, String address, String lastSuffix) {
        String[] lines = new String[count + 1];
        lines[0] = "naam;gemeente;soort;adres;contact_naam;contact_email";
        for (int i = 1; i <= count; i++) {
            String name = tag + " Organisatie " + i + (i == count && lastSuffix != null ? " " + lastSuffix : "");
            lines[i] = name + ";" + (i % 2 == 0 ? "33021" : "71011") + ";association;" + address + ";Contact " + i
                    + ";contact" + i + "@vzw.be";
        }
        return csv(lines);
    }

    private Map<String, Object> audit(String prefix) {
        return api().queryParam("prefix", prefix).get("/test-fixtures/import-audit").then().statusCode(200)
                .extract().jsonPath().getMap("");
    }

    private long organisationsNamed(String q) {
        return api().queryParam("q", q).get("/organisations").jsonPath().getLong("totalItems");
    }

    @Test
    void aDryRunOfABadFileListsEveryBadRowAndWritesNothing() {
        String tag = "Imp" + TestData.unique();
        byte[] file = csv("Naam;Gemeente;Soort;Contact naam;Contact e-mail",
                tag + " Eén;33021;association;An;een@vzw.be",
                ";33021;association;;",
                tag + " Drie;99999;club;Piet;geen-mail",
                tag + " Vier;33021;welfare;;");
        JsonPath run = run("organisations", true, "text/csv", file);
        assertThat(run.getString("status")).isEqualTo("refused");
        assertThat(run.getBoolean("dryRun")).isTrue();
        List<Map<String, Object>> problems = run.getList("problems");
        assertThat(problems).extracting(p -> p.get("line")).containsOnly(3, 4);
        assertThat(problems).extracting(p -> p.get("line") + ":" + p.get("column") + ":" + p.get("code"))
                .contains("3:naam:required", "4:gemeente:unknown-municipality", "4:soort:unknown-kind",
                        "4:contact_email:invalid-email");
        assertThat(run.getInt("created")).isZero();
        assertThat(organisationsNamed(tag)).isZero();

        JsonPath real = run("organisations", false, "text/csv", file);
        assertThat(real.getString("status")).isEqualTo("refused");
        assertThat(organisationsNamed(tag)).as("a refused import writes no row, not even the good ones").isZero();
    }

    @Test
    void aCleanFileImportsAndTheSameFileAgainChangesNothing() {
        String tag = "Imp" + TestData.unique();
        byte[] file = csv("naam,gemeente,soort,adres,actief,contact_naam,contact_email",
                "\"" + tag + " Café, Één\",33021,Vereniging,Markt 1,ja,Jan Peeters,jan@vzw.be",
                tag + " Twee,71011,company,,nee,,");
        JsonPath dry = run("organisations", true, "text/csv", file);
        assertThat(dry.getString("status")).isEqualTo("done");
        assertThat(dry.getInt("created")).isEqualTo(2);
        assertThat(organisationsNamed(tag)).as("a dry run writes nothing").isZero();

        JsonPath imported = run("organisations", false, "text/csv", file);
        assertThat(imported.getString("status")).isEqualTo("done");
        assertThat(imported.getInt("percent")).isEqualTo(100);
        assertThat(imported.getInt("rowsDone")).isEqualTo(2);
        assertThat(imported.getInt("created")).isEqualTo(2);
        assertThat(imported.getString("fileName")).isEqualTo("bestand.csv");
        JsonPath listed = api().queryParam("q", tag).get("/organisations?sort=name").jsonPath();
        assertThat(listed.getList("items.name", String.class)).containsExactly(tag + " Café, Één", tag + " Twee");
        assertThat(listed.getList("items.active", Boolean.class)).containsExactly(true, false);
        long id = listed.getLong("items[0].id");
        String etag = api().get("/organisations/" + id).then().body("contacts[0].email", equalTo("jan@vzw.be"))
                .body("kind", equalTo("association")).extract().header("ETag");

        JsonPath again = run("organisations", false, "text/csv", file);
        assertThat(again.getString("status")).isEqualTo("done");
        assertThat(again.getInt("unchanged")).isEqualTo(2);
        assertThat(again.getInt("created") + again.getInt("updated")).isZero();
        assertThat(api().get("/organisations/" + id).header("ETag"))
                .as("nothing was written, so no new version and no audit revision").isEqualTo(etag);

        JsonPath changed = run("organisations", false, "text/csv", csv("naam;gemeente;soort;adres",
                tag + " CAFE, EEN;33021;association;Markt 2"));
        assertThat(changed.getInt("updated")).as("the natural key ignores case and accents").isEqualTo(1);
        api().get("/organisations/" + id).then().body("address", equalTo("Markt 2"))
                .body("name", equalTo(tag + " CAFE, EEN")).body("contacts[0].name", equalTo("Jan Peeters"));
    }

    @Test
    void offersImportFromXlsxWithNumbersAndDatesAsExcelWritesThem() throws IOException {
        String tag = "Imp" + TestData.unique();
        run("organisations", false, "text/csv", csv("naam;gemeente;soort", tag + " Aanbieder;33021;association"));
        byte[] xlsx = workbook(List.of("Organisatie", "Titel", "Soort traject", "Categorie", "Gemeente", "Niveau",
                        "Plaatsen", "Status", "Actief van", "Talen", "Dagen"),
                Arrays.asList(tag + " Aanbieder", tag + " wandelen", "buddy", "buddy-scheme", 33021.0, "A1", 4.0,
                        "gepubliceerd", java.time.LocalDate.of(2026, 1, 31), "fr|en", "sat|wed"));
        JsonPath run = run("offers", false, "application/octet-stream", xlsx);
        assertThat(run.getList("problems")).isEmpty();
        assertThat(run.getString("format")).isEqualTo("xlsx");
        assertThat(run.getInt("created")).isEqualTo(1);
        api().queryParam("q", tag).get("/offers").then().statusCode(200).body("totalItems", is(1))
                .body("items[0].capacity", is(4)).body("items[0].activeFrom", equalTo("2026-01-31"))
                .body("items[0].languages", hasItems("fr", "en"))
                .body("items[0].weekdays", org.hamcrest.Matchers.contains("wed", "sat"));
        JsonPath again = run("offers", false, XLSX, xlsx);
        assertThat(again.getInt("unchanged")).isEqualTo(1);
    }

    @Test
    void offersImportTheirShortDescriptionsPerLanguageAndAnEmptyCellKeepsOne() {
        String tag = "Imp" + TestData.unique();
        run("organisations", false, "text/csv", csv("naam;gemeente;soort", tag + " Praathuis;33021;association"));
        String head = "organisatie;titel;soort_traject;categorie;gemeente;niveau;plaatsen;status";
        String row = tag + " Praathuis;" + tag + " praten;alternative;conversation-group;33021;A1;5;published";
        byte[] file = csv(head + ";samenvatting_nl;Samenvatting AR;samenvatting_fa",
                row + ";Samen Nederlands praten.;نتحدث الهولندية معًا;");
        JsonPath run = run("offers", false, "text/csv", file);
        assertThat(run.getList("problems")).as(run.prettify()).isEmpty();
        assertThat(run.getInt("created")).isEqualTo(1);
        long id = api().queryParam("q", tag).get("/offers").then().statusCode(200).body("totalItems", is(1))
                .extract().jsonPath().getLong("items[0].id");
        assertThat(api().get("/offers/" + id).then().statusCode(200).extract().jsonPath().getMap("summaries"))
                .containsExactly(Map.entry("nl", "Samen Nederlands praten."), Map.entry("ar", "نتحدث الهولندية معًا"));
        assertThat(run("offers", false, "text/csv", file).getInt("unchanged")).isEqualTo(1);

        JsonPath english = run("offers", false, "text/csv", csv(head + ";samenvatting_en",
                row + ";  Practise Dutch together.  "));
        assertThat(english.getInt("updated")).as(english.prettify()).isEqualTo(1);
        assertThat(api().get("/offers/" + id).then().extract().jsonPath().getMap("summaries"))
                .as("the languages the file leaves empty keep their text").containsExactly(
                        Map.entry("nl", "Samen Nederlands praten."), Map.entry("en", "Practise Dutch together."),
                        Map.entry("ar", "نتحدث الهولندية معًا"));
        String etag = api().get("/offers/" + id).header("ETag");

        JsonPath tooLong = run("offers", false, "text/csv", csv(head + ";samenvatting_fr;samenvatting_uk",
                row + ";" + "é".repeat(301) + ";Говоримо разом.",
                tag + " Praathuis;" + tag + " tweede;alternative;conversation-group;33021;A1;5;published;Parler.;"
                        + "Говоримо."));
        assertThat(tooLong.getString("status")).isEqualTo("refused");
        assertThat(tooLong.getList("problems", Map.class)).extracting(p -> p.get("line") + ":" + p.get("column")
                + ":" + p.get("code")).containsExactly("2:samenvatting_fr:too-long");
        assertThat(api().get("/offers/" + id).header("ETag")).as("a refused file changes nothing").isEqualTo(etag);
        api().queryParam("q", tag + " tweede").get("/offers").then().body("totalItems", is(0));
        assertThat(tooLong.getList("problems.reason", String.class)).containsExactly("Hoogstens 300 tekens.");
    }

    private static byte[] workbook(List<String> headers, List<Object> values) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Aanbod");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            Row row = sheet.createRow(1);
            for (int i = 0; i < values.size(); i++) {
                Object v = values.get(i);
                if (v instanceof Double d) {
                    row.createCell(i).setCellValue(d);
                } else if (v instanceof java.time.LocalDate d) {
                    row.createCell(i).setCellValue(d);
                    row.getCell(i).setCellStyle(dateStyle);
                } else {
                    row.createCell(i).setCellValue(String.valueOf(v));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aMissingOrUnknownColumnIsAProblemAtLineOne() {
        JsonPath run = run("organisations", true, "text/csv", csv("naam;kleur", "X;rood"));
        assertThat(run.getString("status")).isEqualTo("refused");
        assertThat(run.getList("problems.line", Integer.class)).containsOnly(1);
        assertThat(run.getList("problems.code", String.class)).contains("unknown-column", "missing-column");
    }

    @Test
    void aCorruptOrBinaryFileIsABadRequestNeverAServerError() {
        post("organisations", true, XLSX, new byte[] {'P', 'K', 3, 4, 9, 9, 9, 9}).then().statusCode(400)
                .contentType("application/problem+json").body("violations[0].field", equalTo("file"))
                .body("violations[0].code", equalTo("corrupt-xlsx"));
        post("organisations", true, "application/octet-stream", new byte[] {1, 0, 2, 0}).then().statusCode(400)
                .body("violations[0].code", equalTo("binary"));
        post("planets", true, "text/csv", csv("naam")).then().statusCode(404);
        api().contentType("text/csv").body(csv("naam")).post("/imports").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
    }

    /**
     * A body declared as 20 MB is refused from its headers alone: the test sends the headers and the first
     * kilobyte, and the answer comes without the rest ever being sent.
     */
    @Test
    void aTwentyMegabyteBodyIsRefusedBeforeItIsRead() throws IOException {
        Session admin = signIn("admin", ADMIN_PASSWORD);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            String request = "POST /api/v1/imports?kind=organisations&dryRun=true HTTP/1.1\r\n"
                    + "Host: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Cookie: VPSESSION=" + admin.cookie() + "\r\n"
                    + "X-CSRF-Token: " + admin.csrfToken() + "\r\n"
                    + "Content-Type: text/csv\r\nAccept: application/json\r\n"
                    + "Content-Length: " + (20 * 1024 * 1024) + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            byte[] start = new byte[1024];
            Arrays.fill(start, (byte) 'a');
            socket.getOutputStream().write(start);
            socket.getOutputStream().flush();
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertThat(statusLine).as("refused from the declared length by the endpoint's own limit (413, a"
                    + " problem), not cut off by the container's limit (an empty 400), never read, never a 500")
                    .matches("HTTP/1\\.1 413 .*");
        }
    }

    @Test
    void aKindTheCallerMayNotImportIsForbiddenAndOnlyTheirKindsAreListed() {
        String suffix = TestData.unique();
        api().contentType("application/json").body("{\"username\":\"import.viewer." + suffix
                + "\",\"displayName\":\"Viewer\",\"role\":\"viewer\",\"password\":\"import-password-1\"}")
                .post("/users").then().statusCode(201);
        Session viewer = signIn("import.viewer." + suffix, "import-password-1");
        as(viewer).contentType("text/csv").body(csv("naam;gemeente;soort", "X;33021;other"))
                .post("/imports?kind=organisations&dryRun=true").then().statusCode(403);
        as(viewer).get("/imports/kinds").then().statusCode(200).body("size()", is(0));
        as(viewer).get("/imports/kinds/organisations/template?format=csv").then().statusCode(403);
        api().get("/imports/kinds").then().statusCode(200).body("key", hasItems("offers", "organisations"));
    }

    @Test
    void aRunIsSeenByWhoStartedItAndAdministratorsOnly() {
        JsonPath run = run("organisations", true, "text/csv", csv("naam;gemeente;soort"));
        assertThat(run.getString("status")).isEqualTo("done");
        assertThat(run.getInt("percent")).isEqualTo(100);
        String suffix = TestData.unique();
        api().contentType("application/json").body("{\"username\":\"import.officer." + suffix
                + "\",\"displayName\":\"Officer\",\"role\":\"local-officer\",\"municipalityNis\":\"33021\","
                + "\"password\":\"import-password-1\"}").post("/users").then().statusCode(201);
        Session officer = signIn("import.officer." + suffix, "import-password-1");
        as(officer).get("/imports/" + run.getLong("id")).then().statusCode(404);
        as(officer).get("/imports").then().statusCode(200).body("totalItems", is(0));
        api().get("/imports").then().statusCode(200).body("items.id", hasItems((int) run.getLong("id")));
        as(officer).contentType("text/csv").body(csv("naam;gemeente;soort", "Buiten bereik;71011;other"))
                .post("/imports?kind=organisations&dryRun=true").then().statusCode(202);
    }

    @Test
    void theTemplateHasTheHeaderAndAnExampleRowThatTheImportReadsBack() throws IOException {
        byte[] csv = api().accept("text/csv").get("/imports/kinds/organisations/template?format=csv").then()
                .statusCode(200).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFnaam;gemeente;soort");
        byte[] xlsx = api().accept(XLSX).get("/imports/kinds/offers/template?format=xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("organisatie");
        }
        JsonPath dry = run("organisations", true, "text/csv", csv);
        assertThat(dry.getString("status")).as(dry.prettify()).isEqualTo("done");
        assertThat(dry.getInt("totalRows")).isEqualTo(1);
    }

    /** More rows than the import applies between two clears of its persistence contexts (200), so several batches. */
    private static final int BIG = 1_200;

    @Test
    void aFileOfManyBatchesImportsEveryRowWithItsAuditTrailAndItsDryRunWritesNothing() {
        String tag = "Imp" + TestData.unique();
        byte[] file = organisations(tag, BIG, "Markt 1", null);

        JsonPath dry = run("organisations", true, "text/csv", file);
        assertThat(dry.getString("status")).as(dry.prettify()).isEqualTo("done");
        assertThat(dry.getInt("created")).isEqualTo(BIG);
        assertThat(audit(tag)).as("a dry run rolls back the batches it flushed, audit included")
                .containsEntry("organisations", 0).containsEntry("added", 0);

        JsonPath imported = run("organisations", false, "text/csv", file);
        assertThat(imported.getString("status")).as(imported.prettify()).isEqualTo("done");
        assertThat(imported.getInt("created")).isEqualTo(BIG);
        assertThat(imported.getInt("rowsDone")).isEqualTo(BIG);
        assertThat(organisationsNamed(tag)).isEqualTo(BIG);
        assertThat(audit(tag)).as("Envers wrote every row of every batch, in the import's one revision")
                .containsEntry("organisations", BIG).containsEntry("added", BIG).containsEntry("addRevisions", 1)
                .containsEntry("contactsAdded", BIG);

        JsonPath changed = run("organisations", false, "text/csv", organisations(tag, BIG, "Markt 2", null));
        assertThat(changed.getString("status")).as(changed.prettify()).isEqualTo("done");
        assertThat(changed.getInt("updated")).isEqualTo(BIG);
        assertThat(audit(tag)).as("every change is audited too, in one revision")
                .containsEntry("modified", BIG).containsEntry("modRevisions", 1);
        assertThat(api().queryParam("q", tag + " Organisatie " + BIG).get("/organisations").jsonPath()
                .getString("items[0].address")).isEqualTo("Markt 2");
    }

    @Test
    void aRowRefusedAfterSeveralBatchesLeavesNoneOfTheRowsBeforeIt() {
        String tag = "Imp" + TestData.unique();
        JsonPath run = run(RefusingOrganisationImport.KEY, false, "text/csv",
                organisations(tag, BIG, "Markt 1", RefusingOrganisationImport.REFUSED));
        assertThat(run.getString("status")).as(run.prettify()).isEqualTo("refused");
        assertThat(run.getList("problems.line", Integer.class)).containsExactly(BIG + 1);
        assertThat(run.getList("problems.code", String.class)).containsExactly("refused");
        assertThat(audit(tag)).as("the rows of the batches written before the refusal are rolled back, audit included")
                .containsEntry("organisations", 0).containsEntry("added", 0);
    }
}
