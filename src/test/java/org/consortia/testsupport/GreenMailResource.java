package org.consortia.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a free port of the loopback address; tests
 * read what it received through {@link #mailbox()}.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static GreenMail greenMail;

    public static synchronized GreenMail mailbox() {
        return greenMail;
    }

    @Override
    public synchronized Map<String, String> start() {
        if (greenMail == null) {
            ServerSetup smtp = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
            greenMail = new GreenMail(smtp);
            greenMail.start();
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(greenMail.getSmtp().getPort()));
    }

    @Override
    public void stop() {
        // Kept for the next test profile; stopped with the JVM.
    }
}
