package be.vierdepijler.regions.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A contact person of an organisation: who confirms a newcomer's hours there. Personal data. */
@Embeddable
public class ContactPerson {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "function_title", length = 120)
    private String functionTitle;

    @Column(length = 200)
    private String email;

    @Column(length = 40)
    private String phone;

    protected ContactPerson() {
        // for JPA
    }

    public ContactPerson(String name, String functionTitle, String email, String phone) {
        this.name = Objects.requireNonNull(name, "name");
        this.functionTitle = functionTitle;
        this.email = email;
        this.phone = phone;
    }

    public String name() {
        return name;
    }

    public String functionTitle() {
        return functionTitle;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
