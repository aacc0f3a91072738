package org.consortia.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

@ConfigMapping(prefix = "consortia.demo")
public interface DemoConfig {

    /** Import the demo projects at start-up (true in dev mode). */
    @WithDefault("false")
    boolean enabled();

    /** The plan documents to import, as class-path resources. */
    @WithDefault("demo/foresee.yaml,demo/nouveaux-metiers-lien-social.yaml,demo/landes-attractivite.yaml")
    List<String> documents();

    /**
     * The demo's money in use (timesheets, financial statements; illustrative), as class-path resources: each loaded
     * when the projects it names were imported on this start (a fresh database).
     */
    @WithDefault("demo/foresee-finances.yaml")
    List<String> finances();

    /**
     * The participants of demo events (fictitious people), as class-path resources: each loaded when the project it
     * names was imported on this start.
     */
    @WithDefault("demo/foresee-participants.yaml,demo/foresee-meeting-participants.yaml")
    List<String> participants();
}
