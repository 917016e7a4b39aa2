package io.pactum.notification.application;

import io.pactum.events.EventEnvelope;
import io.pactum.events.PactumEvent;
import io.pactum.events.contract.CheckInRecorded;
import io.pactum.events.contract.ContractActivated;
import io.pactum.events.contract.ContractSigned;
import io.pactum.events.notification.NotificationSent;
import io.pactum.notification.NotificationSettings;
import io.pactum.notification.domain.Channel;
import io.pactum.notification.domain.Delivery;
import io.pactum.notification.domain.DeliveryStatus;
import io.pactum.notification.domain.DigestItem;
import io.pactum.notification.domain.Notice;
import io.pactum.notification.domain.NoticeRules;
import io.pactum.notification.domain.People;
import io.pactum.notification.domain.Person;
import io.pactum.notification.domain.Preferences;
import io.pactum.notification.domain.ReminderRules;
import io.pactum.notification.domain.SignedContract;
import io.pactum.notification.domain.UnitWebhook;
import io.pactum.notification.domain.UnsubscribeToken;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Turns events into deliveries and reminders. Idempotent without recording event ids: every delivery's id
 * is derived from (cause, recipient, channel) and every reminder's from its cause, and what it remembers of a
 * signed contract is kept by revision and latest check-in, so a redelivered event finds them stored and adds nothing.
 */
@Service
public class Notifying {

    private final People people;
    private final NoticeRules notices;
    private final ReminderRules reminderRules;
    private final ReminderBook reminders;
    private final SignedContracts contracts;
    private final UnitWebhooks unitWebhooks;
    private final Deliveries deliveries;
    private final PreferencesStore preferences;
    private final MessageTemplates templates;
    private final UnsubscribeToken tokens;
    private final InboxListener inboxListener;
    private final DeliveryMeters meters;
    private final NotificationSettings settings;
    private final Clock clock;

    public Notifying(People people, ReminderBook reminders, SignedContracts contracts, Deliveries deliveries,
                     PreferencesStore preferences, UnitWebhooks unitWebhooks, MessageTemplates templates,
                     UnsubscribeToken tokens, InboxListener inboxListener, DeliveryMeters meters,
                     NotificationSettings settings, Clock clock) {
        this.people = people;
        this.notices = new NoticeRules(people);
        this.reminderRules = new ReminderRules(settings.signatureReminderAfter(), settings.escalationAfter(),
                settings.approvalReminderAfter(), settings.milestoneRemindersBefore(), settings.checkInReminderBefore(),
                settings.reminderTime());
        this.reminders = reminders;
        this.contracts = contracts;
        this.unitWebhooks = unitWebhooks;
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.templates = templates;
        this.tokens = tokens;
        this.inboxListener = inboxListener;
        this.meters = meters;
        this.settings = settings;
        this.clock = clock;
    }

    public void handle(EventEnvelope event) {
        notices.noticesFor(event.id(), event.data()).forEach(this::deliver);
        Instant occurredAt = event.time() == null ? clock.instant() : event.time().toInstant();
        ReminderRules.Plan plan = reminderRules.planFor(event.data(), occurredAt, people, knownContract(event.data()));
        plan.cancellations().forEach(reminders::cancel);
        plan.reminders().forEach(reminders::schedule);
    }

    /**
     * Remembers a signed revision's terms until the contract is ACTIVE, and each check-in; answers what is known of
     * the contract for the events whose reminders depend on it. Each step is idempotent, so a redelivery (also after
     * a crash between remembering and scheduling) ends in the same reminders.
     */
    private SignedContract knownContract(PactumEvent event) {
        return switch (event) {
            case ContractSigned e -> {
                contracts.remember(SignedContract.of(e));
                yield null;
            }
            case ContractActivated e -> contracts.find(e.contractId()).orElse(null);
            case CheckInRecorded e -> contracts.checkedIn(e.contractId(), e.recordedAt()).orElse(null);
            default -> null;
        };
    }

    /**
     * One delivery per recipient and chosen channel, and one to the unit's webhook when the notice is for the unit;
     * those that exist already are left alone.
     */
    public void deliver(Notice notice) {
        for (String recipientId : notice.recipients()) {
            Optional<Person> found = people.find(recipientId);
            if (found.isEmpty()) {
                continue; // not (yet) in the directory: nobody to address
            }
            Person recipient = found.get();
            Preferences chosen = preferences.of(recipientId);
            for (Channel channel : chosen.channelsFor(notice.category())) {
                deliverOver(channel, notice, recipient, chosen);
            }
        }
        if (notice.unit() != null) {
            unitWebhooks.of(notice.unit()).ifPresent(webhook -> deliverToUnit(notice, webhook));
        }
    }

    /** The unit is the recipient: its delivery id comes from (cause, unit, WEBHOOK), so it is posted once. */
    private void deliverToUnit(Notice notice, UnitWebhook webhook) {
        Person unit = webhook.asRecipient();
        MessageTemplates.Rendered message = templates.render(notice, unit, null);
        Instant now = clock.instant();
        deliveries.add(new Delivery(Delivery.idFor(notice.cause(), unit.id(), Channel.WEBHOOK), notice.cause(),
                notice.category(), Channel.WEBHOOK, unit.id(), notice.employeeId(), webhook.url(), message.subject(),
                message.text(), null, null, now, now), DeliveryStatus.PENDING, null);
    }

    private void deliverOver(Channel channel, Notice notice, Person recipient, Preferences chosen) {
        String address = switch (channel) {
            case EMAIL -> recipient.email();
            case WEBHOOK -> chosen.webhookUrl();
            case INBOX -> null;
        };
        if (channel != Channel.INBOX && (address == null || address.isBlank())) {
            return;
        }
        String unsubscribeUrl = channel == Channel.EMAIL ? settings.publicUrl() + "/unsubscribe?token="
                + URLEncoder.encode(tokens.sign(recipient.id(), notice.category()), StandardCharsets.UTF_8) : null;
        MessageTemplates.Rendered message = templates.render(notice, recipient, unsubscribeUrl);
        Instant now = clock.instant();
        Instant notBefore = channel == Channel.INBOX || chosen.quietHours() == null
                ? now : chosen.quietHours().nextAllowed(now, recipient.zone());
        String id = Delivery.idFor(notice.cause(), recipient.id(), channel);
        if (channel == Channel.EMAIL && chosen.digests(notice.category())) {
            collect(id, notice, recipient, address, message, now, chosen);
            return;
        }
        Delivery delivery = new Delivery(id, notice.cause(), notice.category(), channel, recipient.id(), notice.employeeId(),
                address, message.subject(), message.text(), message.html(), unsubscribeUrl, now, notBefore);
        if (channel == Channel.INBOX) {
            // the inbox is delivered by being stored
            if (deliveries.add(delivery, DeliveryStatus.SENT,
                    new NotificationSent(id, recipient.id(), notice.category().name(), channel.name()))) {
                meters.sent(channel);
                deliveries.find(id).ifPresent(item -> inboxListener.arrived(recipient.id(), item));
            }
        } else {
            deliveries.add(delivery, DeliveryStatus.PENDING, null);
        }
    }

    /**
     * Into the daily digest: the item first (a digest holds each cause once), then the IN_DIGEST record that makes a
     * later redelivery of the cause, after the digest went out, add nothing.
     */
    private void collect(String id, Notice notice, Person recipient, String address, MessageTemplates.Rendered message,
                         Instant now, Preferences chosen) {
        if (deliveries.find(id).isPresent()) {
            return;
        }
        Instant slot = chosen.digest().nextSlot(now, recipient.zone());
        deliveries.addToDigest(recipient.id(), address, notice.category(), slot,
                new DigestItem(notice.cause(), notice.category().name(), message.subject(), message.body(), now), now);
        deliveries.add(new Delivery(id, notice.cause(), notice.category(), Channel.EMAIL, recipient.id(), notice.employeeId(),
                address, message.subject(), message.text(), message.html(), null, now, slot), DeliveryStatus.IN_DIGEST, null);
    }
}
