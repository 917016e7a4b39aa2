package io.pactum.contract.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Employee and manager took stock: how far along (1–5), what they talked about, what they agreed to do. */
public record CheckIn(String id, LocalDate date, String recordedBy, Instant recordedAt, int progress, String notes,
                      List<String> agreedActions) {

    public CheckIn {
        agreedActions = agreedActions == null ? List.of() : List.copyOf(agreedActions);
    }
}
