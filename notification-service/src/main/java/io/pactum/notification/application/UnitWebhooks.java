package io.pactum.notification.application;

import io.pactum.notification.domain.UnitWebhook;
import java.util.Optional;

/** Each business unit's webhook, one document each. */
public interface UnitWebhooks {

    Optional<UnitWebhook> of(String businessUnit);

    void save(UnitWebhook webhook);

    void remove(String businessUnit);
}
