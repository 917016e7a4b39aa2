package io.pactum.notification.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One business unit's webhook, with the language and time zone of its posts. */
@Document(MongoUnitWebhooks.COLLECTION)
record UnitWebhookDocument(@Id String businessUnit, String url, String locale, String timeZone) {
}
