package io.pactum.notification.application;

import io.pactum.notification.NotificationSettings;
import io.pactum.notification.domain.UnitWebhook;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** L&D admins set and clear their business unit's webhook; who administers which unit is the web layer's check. */
@Service
public class UnitWebhookSettings {

    private final UnitWebhooks webhooks;
    private final NotificationSettings settings;

    public UnitWebhookSettings(UnitWebhooks webhooks, NotificationSettings settings) {
        this.webhooks = webhooks;
        this.settings = settings;
    }

    public Optional<UnitWebhook> of(String businessUnit) {
        return webhooks.of(businessUnit);
    }

    /** Validated before anything is written: a rejected URL changes nothing. */
    public UnitWebhook set(UnitWebhook webhook) {
        webhooks.save(webhook.validated(settings.webhookHosts()));
        return webhook;
    }

    /** Clearing a unit without a webhook is fine. */
    public void clear(String businessUnit) {
        webhooks.remove(businessUnit);
    }
}
