package org.consortia.web;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Dates and numbers as the page's language writes them: {@code {deliverable.dueDate.localised}}. */
@TemplateExtension
public class Formats {

    private Formats() {}

    /** 15 Jun 2026, 15 juin 2026. */
    static String localised(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(of(locale))
                        .format(date);
    }

    /** June 2026, juin 2026. */
    static String localised(YearMonth month, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return month == null
                ? ""
                : DateTimeFormatter.ofPattern("LLLL yyyy", of(locale)).format(month);
    }

    /** A moment in UTC, the platform's one clock: 15 Jun 2026, 14:05 UTC. */
    static String localised(OffsetDateTime moment, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (moment == null) {
            return "";
        }
        OffsetDateTime utc = moment.withOffsetSameInstant(ZoneOffset.UTC);
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(of(locale))
                        .format(utc) + ", "
                + DateTimeFormatter.ofPattern("HH:mm").format(utc) + " UTC";
    }

    /** The machine-readable form for {@code <time datetime>}. */
    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** 1,234 or 1 234. */
    static String localised(Integer number, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return number == null ? "" : NumberFormat.getIntegerInstance(of(locale)).format(number);
    }

    /** An exact amount (money, person-months) to the cent: 12,345.60 or 12 345,60. */
    static String localised(BigDecimal amount, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(of(locale));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /** A mean to a tenth (a survey's average score): 4.5 or 4,5. */
    static String tenths(BigDecimal mean, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (mean == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(of(locale));
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(mean);
    }

    /** A file size: 940 KB, 12.5 MB (12,5 Mo is not attempted: units stay international). */
    static String kilobytes(Long bytes, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (bytes == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(of(locale));
        format.setMaximumFractionDigits(1);
        if (bytes < 1024 * 1024) {
            return format.format(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
        }
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }

    /** 42 % or 42%: a share between 0 and 1. */
    static String percent(Double share, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return share == null ? "" : NumberFormat.getPercentInstance(of(locale)).format(share);
    }

    private static Locale of(Object locale) {
        if (locale instanceof Locale given) {
            return given;
        }
        return locale == null ? Locale.UK : Locale.forLanguageTag(locale.toString());
    }
}
