package org.consortia.devmail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A real SMTP server for development (GreenMail), which keeps every mail it receives in memory, so the
 * notifications' mails can be read without a mail account. Never used in production.
 */
public class DevMailbox implements AutoCloseable {

    private final GreenMail server;

    public DevMailbox(int port) {
        ServerSetup smtp = new ServerSetup(port, "localhost", ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(smtp);
        server.start();
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** Every mail received since the server started, newest first, numbered from 1 in arrival order. */
    public List<DevMail> mails() {
        MimeMessage[] received = server.getReceivedMessages();
        List<DevMail> mails = new ArrayList<>();
        for (int i = 0; i < received.length; i++) {
            mails.add(read(i + 1, received[i]));
        }
        Collections.reverse(mails);
        return mails;
    }

    /** The {@code number}th mail received, if there is one. */
    public Optional<DevMail> mail(int number) {
        MimeMessage[] received = server.getReceivedMessages();
        return number < 1 || number > received.length
                ? Optional.empty()
                : Optional.of(read(number, received[number - 1]));
    }

    @Override
    public void close() {
        server.stop();
    }

    private static DevMail read(int number, MimeMessage message) {
        try {
            String to = String.join(
                    ", ",
                    Arrays.stream(message.getAllRecipients())
                            .map(Object::toString)
                            .toList());
            OffsetDateTime sent = message.getSentDate() == null
                    ? null
                    : message.getSentDate().toInstant().atOffset(ZoneOffset.UTC);
            return new DevMail(
                    number,
                    GreenMailUtil.getAddressList(message.getFrom()),
                    to,
                    message.getSubject(),
                    sent,
                    part(message, "text/plain"),
                    part(message, "text/html"));
        } catch (MessagingException e) {
            throw new IllegalStateException("GreenMail kept a mail it cannot read", e);
        }
    }

    /** The first part of the given type, looking into multiparts; empty when there is none. */
    private static String part(Part part, String type) throws MessagingException {
        try {
            if (part.isMimeType(type)) {
                return String.valueOf(part.getContent());
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    String found = part(child, type);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
            return "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
