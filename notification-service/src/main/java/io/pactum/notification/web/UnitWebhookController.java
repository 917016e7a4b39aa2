package io.pactum.notification.web;

import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.chassis.web.NotFoundException;
import io.pactum.notification.application.UnitWebhookSettings;
import io.pactum.notification.domain.PreferenceRuleException;
import io.pactum.notification.domain.UnitWebhook;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A business unit's webhook, set and cleared by the unit's L&D admins: the notices for the unit's L&D admins (funding,
 * milestone escalations) are also posted there. A unit the caller does not administer answers 404.
 */
@RestController
@RequestMapping("/api/business-units/{businessUnit}/webhook")
class UnitWebhookController {

    private final UnitWebhookSettings webhooks;

    UnitWebhookController(UnitWebhookSettings webhooks) {
        this.webhooks = webhooks;
    }

    /** The unit's webhook; 404 when none is set. */
    @GetMapping
    UnitWebhookView get(Caller caller, @PathVariable String businessUnit) {
        requireAdminOf(caller, businessUnit);
        return webhooks.of(businessUnit).map(UnitWebhookView::of)
                .orElseThrow(() -> new NotFoundException("business unit " + businessUnit + " has no webhook"));
    }

    /** Sets (or replaces) the unit's webhook: an https URL on an allowed host, else 400 naming the field. */
    @PutMapping
    UnitWebhookView put(Caller caller, @PathVariable String businessUnit, @Valid @RequestBody UnitWebhookBody body) {
        requireAdminOf(caller, businessUnit);
        try {
            return UnitWebhookView.of(webhooks.set(new UnitWebhook(businessUnit, body.url(), body.locale(), body.timeZone())));
        } catch (PreferenceRuleException e) {
            throw new InvalidFieldException(e.field(), e.getMessage());
        }
    }

    /** Clears the unit's webhook (also when none was set). */
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(Caller caller, @PathVariable String businessUnit) {
        requireAdminOf(caller, businessUnit);
        webhooks.clear(businessUnit);
    }

    private static void requireAdminOf(Caller caller, String businessUnit) {
        if (!caller.has(Role.LD_ADMIN)) {
            throw new AccessDeniedException("business unit webhooks are for L&D admins");
        }
        if (!caller.actsFor(businessUnit, Role.LD_ADMIN)) {
            throw new NotFoundException("business unit " + businessUnit + " not found");
        }
    }

    /**
     * @param url      an https URL on an allowed host (a Slack or Teams incoming webhook)
     * @param locale   the language of the posts (e.g. sv-SE for Swedish; English otherwise); optional
     * @param timeZone the zone times are shown in (e.g. Europe/Stockholm; UTC otherwise); optional
     */
    record UnitWebhookBody(@NotBlank String url, String locale, String timeZone) {
    }

    /** A business unit's webhook. */
    record UnitWebhookView(String businessUnit, String url, String locale, String timeZone) {

        static UnitWebhookView of(UnitWebhook webhook) {
            return new UnitWebhookView(webhook.businessUnit(), webhook.url(), webhook.locale(), webhook.timeZone());
        }
    }
}
