package org.consortia.security;

import java.util.Map;
import java.util.Set;

/** Where the accounts of the people the platform recorded are read from: the identity provider. */
public interface Directory {

    /**
     * The accounts of the people with these subjects as they are now: those found, and those the
     * provider says no longer exist. A subject in neither was not read. Throws when the provider could
     * not be asked or answered only in part: then nobody is to be changed.
     */
    Accounts read(Set<String> subjects);

    /** What a read found. */
    record Accounts(Map<String, Account> found, Set<String> gone) {

        public Accounts {
            found = Map.copyOf(found);
            gone = Set.copyOf(gone);
        }
    }
}
