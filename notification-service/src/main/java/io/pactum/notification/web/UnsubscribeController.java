package io.pactum.notification.web;

import io.pactum.chassis.web.InvalidFieldException;
import io.pactum.notification.application.PreferenceSettings;
import io.pactum.notification.domain.PreferenceRuleException;
import io.pactum.notification.domain.UnsubscribeToken;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The unsubscribe link of every email: no login, the signed token is the permission. GET shows a confirmation
 * (so link scanners change nothing); POST (also the RFC 8058 one-click POST of mail clients) switches the
 * category's email off.
 */
@RestController
class UnsubscribeController {

    private final PreferenceSettings preferences;

    UnsubscribeController(PreferenceSettings preferences) {
        this.preferences = preferences;
    }

    @SecurityRequirements // no token: the signed token in the link is the permission
    @GetMapping(path = "/unsubscribe", produces = MediaType.TEXT_HTML_VALUE)
    String confirm(@RequestParam String token) {
        String escaped = HtmlUtils.htmlEscape(token);
        return """
                <!DOCTYPE html><html><head><meta charset="UTF-8"><title>Unsubscribe</title></head><body>
                <form method="post" action="unsubscribe?token=%s"><button type="submit">Unsubscribe</button></form>
                </body></html>""".formatted(escaped);
    }

    @SecurityRequirements
    @PostMapping("/unsubscribe")
    Unsubscribed unsubscribe(@RequestParam String token) {
        try {
            UnsubscribeToken.Unsubscribe done = preferences.unsubscribe(token);
            return new Unsubscribed(done.userId(), done.category().name(), false);
        } catch (PreferenceRuleException forged) {
            throw new InvalidFieldException(forged.field(), forged.getMessage());
        }
    }

    /** Whose email of which category is now off. */
    record Unsubscribed(String employeeId, String category, boolean email) {
    }
}
