package io.pactum.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class UnsubscribeTokenTest {

    final UnsubscribeToken tokens = new UnsubscribeToken("a-secret-of-enough-length");

    @Test
    void a_signed_token_names_its_person_and_category() {
        assertThat(tokens.verify(tokens.sign("erin", Category.BUDGET)))
                .contains(new UnsubscribeToken.Unsubscribe("erin", Category.BUDGET));
    }

    @Test
    void forged_altered_or_foreign_tokens_are_refused() {
        String token = tokens.sign("erin", Category.BUDGET);
        String otherClaim = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("mona\nBUDGET".getBytes(StandardCharsets.UTF_8));
        assertThat(tokens.verify(otherClaim + token.substring(token.indexOf('.')))).isEmpty();
        assertThat(new UnsubscribeToken("another-secret-of-length").verify(token)).isEmpty();
        assertThat(tokens.verify("garbage")).isEmpty();
        assertThat(tokens.verify("a.b.c")).isEmpty();
        assertThat(tokens.verify("%%%.###")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThatThrownBy(() -> new UnsubscribeToken("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
