package io.pactum.platform;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** GreenMail: a real SMTP server for the services' email, and IMAP to read what was sent. */
final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static MailServer start(int smtpPort, int imapPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "localhost", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "localhost", ServerSetup.PROTOCOL_IMAP)});
        // any mailbox can be read over IMAP with any password: this is a local development server
        greenMail.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new MailServer(greenMail);
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
