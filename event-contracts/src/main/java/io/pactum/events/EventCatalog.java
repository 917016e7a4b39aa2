package io.pactum.events;

import io.pactum.events.budget.BudgetEvent;
import io.pactum.events.competency.CompetencyEvent;
import io.pactum.events.contract.ContractEvent;
import io.pactum.events.contract.ContractTemplateEvent;
import io.pactum.events.notification.NotificationEvent;
import io.pactum.events.workforce.WorkforceEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every published event type, found by walking the sealed {@link PactumEvent} hierarchy. The topic
 * comes from the context interface's {@link Topic}, the type name from the record's {@link EventType}.
 */
public final class EventCatalog {

    /** The producing contexts; each is a sealed interface whose permitted records are its events. */
    public static final List<Class<? extends PactumEvent>> CONTEXTS = List.of(
            ContractEvent.class, ContractTemplateEvent.class, BudgetEvent.class, WorkforceEvent.class,
            CompetencyEvent.class, NotificationEvent.class);

    private static final Map<String, EventDescriptor> BY_TYPE;
    private static final Map<Class<?>, EventDescriptor> BY_CLASS;

    static {
        Map<String, EventDescriptor> byType = new LinkedHashMap<>();
        Map<Class<?>, EventDescriptor> byClass = new LinkedHashMap<>();
        for (Class<?> context : CONTEXTS) {
            Topic topic = context.getAnnotation(Topic.class);
            if (topic == null) {
                throw new IllegalStateException(context.getName() + " has no @Topic");
            }
            for (Class<?> eventClass : recordsOf(context)) {
                EventType type = eventClass.getAnnotation(EventType.class);
                if (type == null) {
                    throw new IllegalStateException(eventClass.getName() + " has no @EventType");
                }
                @SuppressWarnings("unchecked")
                var descriptor = new EventDescriptor(type.value(), topic.value(),
                        (Class<? extends PactumEvent>) eventClass);
                if (byType.put(type.value(), descriptor) != null) {
                    throw new IllegalStateException("event type " + type.value() + " is declared twice");
                }
                byClass.put(eventClass, descriptor);
            }
        }
        BY_TYPE = Collections.unmodifiableMap(byType);
        BY_CLASS = Collections.unmodifiableMap(byClass);
    }

    private EventCatalog() {
    }

    public static List<EventDescriptor> all() {
        return List.copyOf(BY_TYPE.values());
    }

    public static Optional<EventDescriptor> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static EventDescriptor of(Class<? extends PactumEvent> eventClass) {
        EventDescriptor descriptor = BY_CLASS.get(eventClass);
        if (descriptor == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not a catalogued event");
        }
        return descriptor;
    }

    public static EventDescriptor of(PactumEvent event) {
        return of(event.getClass());
    }

    /** Context interfaces are sealed too: their permitted records are the context's events. */
    private static List<Class<?>> recordsOf(Class<?> context) {
        List<Class<?>> records = new ArrayList<>();
        for (Class<?> permitted : context.getPermittedSubclasses()) {
            if (permitted.isRecord()) {
                records.add(permitted);
            } else {
                throw new IllegalStateException(permitted.getName() + " must be a record");
            }
        }
        return records;
    }
}
