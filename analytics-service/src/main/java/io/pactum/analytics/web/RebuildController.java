package io.pactum.analytics.web;

import io.pactum.analytics.application.RebuildStatus;
import io.pactum.analytics.application.Rebuilds;
import io.pactum.chassis.security.Caller;
import io.pactum.chassis.security.Role;
import io.pactum.chassis.web.ConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilding the read models by replaying every topic from the beginning (L&D admins), and its progress. */
@RestController
@RequestMapping(path = "/api/analytics/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
class RebuildController {

    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** Starts a rebuild (202); 409 while one runs. */
    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildStatus start(Caller caller) {
        if (!caller.has(Role.LD_ADMIN)) {
            throw new AccessDeniedException("Only L&D admins rebuild the read models.");
        }
        return rebuilds.start().orElseThrow(() -> new ConflictException("a rebuild is running already"));
    }

    /** The last rebuild's state, replayed events and position per topic. */
    @GetMapping
    RebuildStatus status(Caller caller) {
        if (!caller.hasAny(Role.LD_ADMIN, Role.ANALYST)) {
            throw new AccessDeniedException("Only L&D admins and analysts follow rebuilds.");
        }
        return rebuilds.status();
    }
}
