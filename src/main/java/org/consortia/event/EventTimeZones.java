package org.consortia.event;

import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The time zone of a country where an event takes place, for the countries of European programmes
 * (the European Union, its neighbours and associated countries): the zone of its capital. An event
 * elsewhere, or in a country with several zones (Portugal's Azores, Spain's Canaries), names its zone.
 */
final class EventTimeZones {

    private static final Map<String, String> BY_COUNTRY = Map.ofEntries(
            Map.entry("AL", "Europe/Tirane"),
            Map.entry("AT", "Europe/Vienna"),
            Map.entry("BA", "Europe/Sarajevo"),
            Map.entry("BE", "Europe/Brussels"),
            Map.entry("BG", "Europe/Sofia"),
            Map.entry("CH", "Europe/Zurich"),
            Map.entry("CY", "Asia/Nicosia"),
            Map.entry("CZ", "Europe/Prague"),
            Map.entry("DE", "Europe/Berlin"),
            Map.entry("DK", "Europe/Copenhagen"),
            Map.entry("EE", "Europe/Tallinn"),
            Map.entry("EL", "Europe/Athens"),
            Map.entry("ES", "Europe/Madrid"),
            Map.entry("FI", "Europe/Helsinki"),
            Map.entry("FR", "Europe/Paris"),
            Map.entry("GB", "Europe/London"),
            Map.entry("GE", "Asia/Tbilisi"),
            Map.entry("GR", "Europe/Athens"),
            Map.entry("HR", "Europe/Zagreb"),
            Map.entry("HU", "Europe/Budapest"),
            Map.entry("IE", "Europe/Dublin"),
            Map.entry("IS", "Atlantic/Reykjavik"),
            Map.entry("IT", "Europe/Rome"),
            Map.entry("LI", "Europe/Vaduz"),
            Map.entry("LT", "Europe/Vilnius"),
            Map.entry("LU", "Europe/Luxembourg"),
            Map.entry("LV", "Europe/Riga"),
            Map.entry("MD", "Europe/Chisinau"),
            Map.entry("ME", "Europe/Podgorica"),
            Map.entry("MK", "Europe/Skopje"),
            Map.entry("MT", "Europe/Malta"),
            Map.entry("NL", "Europe/Amsterdam"),
            Map.entry("NO", "Europe/Oslo"),
            Map.entry("PL", "Europe/Warsaw"),
            Map.entry("PT", "Europe/Lisbon"),
            Map.entry("RO", "Europe/Bucharest"),
            Map.entry("RS", "Europe/Belgrade"),
            Map.entry("SE", "Europe/Stockholm"),
            Map.entry("SI", "Europe/Ljubljana"),
            Map.entry("SK", "Europe/Bratislava"),
            Map.entry("TR", "Europe/Istanbul"),
            Map.entry("UA", "Europe/Kyiv"),
            Map.entry("UK", "Europe/London"),
            Map.entry("XK", "Europe/Belgrade"));

    private EventTimeZones() {}

    static Optional<ZoneId> of(String country) {
        return Optional.ofNullable(country).map(BY_COUNTRY::get).map(ZoneId::of);
    }
}
