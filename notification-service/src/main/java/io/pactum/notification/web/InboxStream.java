package io.pactum.notification.web;

import io.pactum.notification.application.Deliveries;
import io.pactum.notification.application.InboxListener;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open Server-Sent Events streams of this instance, per person. An item stored by this instance is pushed
 * to its recipient's streams at once; the inbox itself (GET /api/inbox) stays the source of truth.
 */
@Component
class InboxStream implements InboxListener {

    private static final Duration OPEN_FOR = Duration.ofMinutes(30);

    private final Map<String, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

    SseEmitter open(String userId, long unread) {
        SseEmitter emitter = new SseEmitter(OPEN_FOR.toMillis());
        Set<SseEmitter> mine = streams.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet());
        mine.add(emitter);
        emitter.onCompletion(() -> mine.remove(emitter));
        emitter.onTimeout(() -> mine.remove(emitter));
        emitter.onError(e -> mine.remove(emitter));
        send(emitter, mine, "unread-count", Map.of("count", unread));
        return emitter;
    }

    @Override
    public void arrived(String userId, Deliveries.DeliveryView item) {
        Set<SseEmitter> mine = streams.getOrDefault(userId, Set.of());
        for (SseEmitter emitter : mine) {
            send(emitter, mine, "inbox", InboxController.InboxItem.of(item));
        }
    }

    private static void send(SseEmitter emitter, Set<SseEmitter> mine, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException gone) {
            mine.remove(emitter);
        }
    }
}
