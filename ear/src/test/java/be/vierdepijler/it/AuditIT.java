package be.vierdepijler.it;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

/** Every change of personal data keeps who, when and what; every read of one person's record is logged. */
class AuditIT extends ApiTest {

    @Test
    void aChangeIsKeptWithWhoWhenAndWhat() {
        String username = "audited." + System.nanoTime();
        long id = api().contentType("application/json").body("{\"username\":\"" + username
                        + "\",\"displayName\":\"Eerste naam\",\"role\":\"viewer\",\"password\":\"audit-password-1\"}")
                .post("/users").then().statusCode(201).extract().jsonPath().getLong("id");
        String etag = api().get("/users/" + id).header("ETag");
        api().header("If-Match", etag).contentType("application/json")
                .body("{\"displayName\":\"Tweede naam\",\"active\":true}").put("/users/" + id).then().statusCode(200);

        api().get("/audit/changes?kind=user&id=" + id).then().statusCode(200)
                .body("totalItems", greaterThanOrEqualTo(2))
                .body("items[0].change", equalTo("MOD"))
                .body("items[0].by", equalTo("admin"))
                .body("items[0].subjectId", equalTo(String.valueOf(id)))
                .body("items[0].state.displayName", equalTo("Tweede naam"))
                .body("items.change", hasItem("ADD"))
                .body("items.find { it.change == 'ADD' }.state.displayName", equalTo("Eerste naam"));
    }

    @Test
    void aReadOfOnePersonsRecordIsLogged() {
        String username = "read." + System.nanoTime();
        long id = api().contentType("application/json").body("{\"username\":\"" + username
                        + "\",\"displayName\":\"Gelezen\",\"role\":\"viewer\",\"password\":\"audit-password-1\"}")
                .post("/users").then().statusCode(201).extract().jsonPath().getLong("id");
        api().get("/audit/reads?kind=user&id=" + id).then().statusCode(200).body("totalItems", is(0));
        api().get("/users/" + id).then().statusCode(200);
        api().get("/audit/reads?kind=user&id=" + id).then().statusCode(200)
                .body("totalItems", is(1))
                .body("items[0].by", equalTo("admin"))
                .body("items[0].subjectKind", equalTo("user"));
    }

    @Test
    void badAuditFiltersAre400() {
        api().get("/audit/changes?kind=planet").then().statusCode(400)
                .body("violations[0].field", equalTo("kind"));
        api().get("/audit/changes?id=abc").then().statusCode(400)
                .body("violations[0].field", equalTo("id"));
    }
}
