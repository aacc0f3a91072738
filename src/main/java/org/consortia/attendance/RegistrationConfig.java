package org.consortia.attendance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code consortia.registration.*}: how long a confirmation link lasts, and the public form's rate limits (per e-mail
 * address, per client, per event).
 */
@ConfigMapping(prefix = "consortia.registration")
public interface RegistrationConfig {

    /** How long the link of a confirmation mail works; an unconfirmed registration is then erased. */
    @WithDefault("48h")
    Duration confirmWithin();

    /** How many registrations one address may ask for one event in {@link #addressWindow()}. */
    @WithDefault("3")
    int perAddress();

    @WithDefault("24h")
    Duration addressWindow();

    /** How many registrations one client (a network address) may ask in {@link #clientWindow()}, for any event. */
    @WithDefault("20")
    int perClient();

    @WithDefault("1h")
    Duration clientWindow();

    /** How many registrations one event takes in {@link #eventWindow()}, from everyone: a flood stops there. */
    @WithDefault("200")
    int perEvent();

    @WithDefault("1h")
    Duration eventWindow();
}
