package org.consortia.devmail;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.consortia.notification.NotificationsConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Dev mode's mail server: started with the application, the mailer pointed at it
 * ({@code %dev.quarkus.mailer.port}), its mails listed at {@code /dev/mails}. A live reload starts it
 * afresh, empty.
 */
@IfBuildProfile("dev")
@Startup
@ApplicationScoped
public class DevMailServer {

    private static final Logger LOG = Logger.getLogger(DevMailServer.class);

    private final DevMailbox mailbox;

    DevMailServer(@ConfigProperty(name = "quarkus.mailer.port") int port, NotificationsConfig notifications) {
        mailbox = new DevMailbox(port);
        LOG.infof(
                "Mails go to a development SMTP server (GreenMail) on localhost:%d; read them at %s/dev/mails",
                port, notifications.baseUrl().replaceAll("/+$", ""));
    }

    public DevMailbox mailbox() {
        return mailbox;
    }

    @PreDestroy
    void stop() {
        mailbox.close();
    }
}
