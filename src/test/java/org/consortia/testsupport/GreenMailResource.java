package org.consortia.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a free port of the loopback address; tests
 * read what it received through {@link #mailbox()}, and may take it down and bring it back on the same
 * port ({@link #stopServer()}, {@link #startServer()}) to see mails wait for it.
 */
public class GreenMailResource implements QuarkusTestResourceLifecycleManager {

    private static int port;
    private static GreenMail greenMail;

    public static synchronized GreenMail mailbox() {
        return greenMail;
    }

    /** The mails received for {@code address}, oldest first. */
    public static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(mailbox().getReceivedMessages())
                .filter(mail -> recipient(mail).equals(address))
                .toList();
    }

    /** The first recipient of {@code mail}. */
    public static String recipient(MimeMessage mail) {
        try {
            return ((InternetAddress) mail.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text part of {@code part}, decoded; null when it has none. */
    public static String text(Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String text = text(multipart.getBodyPart(i));
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static synchronized void stopServer() {
        greenMail.stop();
    }

    public static synchronized void startServer() {
        greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
    }

    @Override
    public synchronized Map<String, String> start() {
        if (greenMail == null) {
            try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                port = free.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException("No free port for the test SMTP server", e);
            }
            startServer();
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", Integer.toString(port));
    }

    @Override
    public void stop() {
        // Kept for the next test profile; stopped with the JVM.
    }
}
