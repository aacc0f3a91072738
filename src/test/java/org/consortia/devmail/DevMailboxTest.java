package org.consortia.devmail;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Dev mode's mail server receives real SMTP and gives back each mail's headers, text and HTML. */
class DevMailboxTest {

    @Test
    void whatWasSentOverSmtpIsListedNewestFirstWithItsTextAndHtml() throws Exception {
        try (DevMailbox mailbox = new DevMailbox(freePort())) {
            send(mailbox.port(), "First", "plain only", null);
            send(mailbox.port(), "Second", "the text", "<p>the <strong>HTML</strong></p>");

            assertThat(mailbox.mails().stream().map(DevMail::subject).toList(), contains("Second", "First"));
            DevMail second = mailbox.mail(2).orElseThrow();
            assertThat(second.to(), equalTo("staff@nexem.example"));
            assertThat(second.text(), containsString("the text"));
            assertThat(second.html(), containsString("<strong>HTML</strong>"));
            assertThat(mailbox.mail(1).orElseThrow().html(), equalTo(""));
            assertThat(mailbox.mail(3).isPresent(), equalTo(false));
        }
    }

    private static void send(int port, String subject, String text, String html) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", Integer.toString(port));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("no-reply@consortia.invalid"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("staff@nexem.example"));
        message.setSubject(subject);
        if (html == null) {
            message.setText(text);
        } else {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text);
            MimeBodyPart rich = new MimeBodyPart();
            rich.setContent(html, "text/html; charset=utf-8");
            message.setContent(new MimeMultipart("alternative", plain, rich));
        }
        Transport.send(message);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
