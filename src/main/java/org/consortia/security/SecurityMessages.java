package org.consortia.security;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The names of what someone is in a project, in English ({@code {security:standing(…)}} in the templates); the other languages are in
 * {@code messages/security_<language>.properties}.
 */
@MessageBundle("security")
public interface SecurityMessages {

    /** The reviewer of an EU grant ({@code euGrant}) is its project officer; of another project, the funder's reviewer. */
    @Message("{#when level}{#is REVIEWER}{#if euGrant}Project officer (funder){#else}Funder's reviewer{/if}"
            + "{#is PARTNER}Partner{#is COORDINATOR}Coordinator{#is ADMIN}Platform administrator{#else}–{/when}")
    String standing(Standing.Level level, boolean euGrant);
}
