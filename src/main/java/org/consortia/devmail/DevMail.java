package org.consortia.devmail;

import java.time.OffsetDateTime;

/** A mail the development mail server received: its headers and its plain-text and HTML bodies. */
public record DevMail(
        int number, String from, String to, String subject, OffsetDateTime sent, String text, String html) {}
