package be.vierdepijler.web.api.newcomer;

import java.util.List;
import java.util.Map;

/** The body of {@code POST /newcomers} and {@code PUT /newcomers/{id}}. Dates as ISO strings ({@code 2025-03-01}). */
public record NewcomerInput(String firstName, String lastName, String email, String phone, String integrationStatus,
                            String municipalityNis, String dutchLevel, List<String> languages, List<String> interests,
                            List<String> availability, String referralChannel, String integrationContractDate,
                            String integrationProgress, String integrationEndedOn, Map<String, Boolean> consents) {
}
