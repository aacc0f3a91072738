package org.consortia.deliverable;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@code {d.status.label}}, {@code {d.kind.label}}: the names of the values a table shows in every row, in the
 * page's language. Each is a message of the deliverables' bundle, itself a small template ({@code {#when status}…}) rendered
 * at every use, which a status page of 200 deliverables paid 400 times; here each is rendered once per
 * language and kept.
 */
@TemplateExtension
public final class DeliverableLabels {

    private static final Map<String, String> LABELS = new ConcurrentHashMap<>();

    private DeliverableLabels() {}

    static String label(ShownStatus status, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return cached(locale, (Enum<?>) status, status::nameIn);
    }

    static String label(DeliverableKind kind, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return cached(locale, kind, messages -> messages.kind(kind));
    }

    private static String cached(Object locale, Enum<?> value, Function<DeliverableMessages, String> message) {
        String tag = locale instanceof Locale given ? given.toLanguageTag() : String.valueOf(locale);
        return LABELS.computeIfAbsent(
                tag + " " + value.getDeclaringClass().getSimpleName() + "." + value.name(),
                key -> message.apply(MessageBundles.get(DeliverableMessages.class, Localized.Literal.of(tag))));
    }
}
