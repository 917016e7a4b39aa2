package io.pactum.notification.web;

import io.pactum.chassis.security.Caller;
import io.pactum.notification.application.Deliveries;
import io.pactum.notification.application.Inbox;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The caller's own in-app inbox. */
@RestController
@RequestMapping("/api/inbox")
class InboxController {

    private final Inbox inbox;
    private final InboxStream stream;

    InboxController(Inbox inbox, InboxStream stream) {
        this.inbox = inbox;
        this.stream = stream;
    }

    /** The caller's notifications, newest first (at most 100). */
    @GetMapping
    List<InboxItem> list(Caller caller) {
        return inbox.of(caller.id()).stream().map(InboxItem::of).toList();
    }

    @GetMapping("/unread-count")
    UnreadCount unreadCount(Caller caller) {
        return new UnreadCount(inbox.unread(caller.id()));
    }

    /** Marks one of the caller's items read (again is fine); someone else's answers 404. */
    @PostMapping("/{id}/read")
    UnreadCount read(Caller caller, @PathVariable String id) {
        inbox.markRead(caller.id(), id);
        return new UnreadCount(inbox.unread(caller.id()));
    }

    /** Server-Sent Events: {@code unread-count} on connect, then an {@code inbox} event per new item. */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(Caller caller) {
        return stream.open(caller.id(), inbox.unread(caller.id()));
    }

    record UnreadCount(long count) {
    }

    /** One notification in the inbox. */
    record InboxItem(String id, String category, String subject, String text, Instant createdAt, boolean read) {

        static InboxItem of(Deliveries.DeliveryView view) {
            return new InboxItem(view.id(), view.category(), view.subject(), view.text(), view.createdAt(), view.readAt() != null);
        }
    }
}
