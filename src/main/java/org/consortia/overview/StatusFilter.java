package org.consortia.overview;

import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.Optional;
import org.consortia.deliverable.DeliverableKind;
import org.consortia.deliverable.DeliverableStatus;
import org.consortia.deliverable.FunderStatus;

/**
 * The status page's filters, as plain query parameters: {@code ?status=SUBMITTED&partner=NEXEM&wp=WP2&kind=TRAINING}.
 * An unknown value filters nothing rather than failing: a shared link stays usable.
 */
public class StatusFilter {

    @QueryParam("status")
    public String status;

    @QueryParam("partner")
    public String partner;

    @QueryParam("wp")
    public String workPackage;

    @QueryParam("kind")
    public String kind;

    public boolean active() {
        return statusValue().isPresent()
                || partnerValue().isPresent()
                || workPackageValue().isPresent()
                || kindValue().isPresent();
    }

    /** The filter as it applies (values that filter nothing left out), e.g. to tell two pages apart. */
    String key() {
        return statusValue().orElse("") + "|" + partnerValue().orElse("") + "|"
                + workPackageValue().orElse("") + "|"
                + kindValue().map(Enum::name).orElse("");
    }

    boolean accepts(DeliverableRow row) {
        return statusValue().map(s -> s.equals(row.status().name())).orElse(true)
                && partnerValue().map(p -> p.equals(row.lead())).orElse(true)
                && workPackageValue().map(w -> w.equals(row.workPackage())).orElse(true)
                && kindValue().map(k -> k == row.kind()).orElse(true);
    }

    /** A status the reader knows: the consortium's own, or the funder's words ({@code NOT_SUBMITTED}…). */
    public Optional<String> statusValue() {
        return value(status, DeliverableStatus.class)
                .map(Enum::name)
                .or(() -> value(status, FunderStatus.class).map(Enum::name));
    }

    public Optional<DeliverableKind> kindValue() {
        return value(kind, DeliverableKind.class);
    }

    public Optional<String> partnerValue() {
        return Optional.ofNullable(partner).filter(p -> !p.isBlank());
    }

    public Optional<String> workPackageValue() {
        return Optional.ofNullable(workPackage).filter(w -> !w.isBlank());
    }

    private static <E extends Enum<E>> Optional<E> value(String given, Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equals(given))
                .findFirst();
    }
}
