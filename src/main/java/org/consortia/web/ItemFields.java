package org.consortia.web;

import org.jboss.resteasy.reactive.RestForm;

/**
 * An item's form as typed, so that a refused form comes back as it was sent.
 *
 * @param <I> the API's input for the item, which the form is read into
 */
public abstract class ItemFields<I> {

    /** The version the form was read at: an edit of an older one is refused (412). */
    @RestForm
    public String version;

    /** The input, for the item {@code code} (null when new: the code typed then), its unreadable values in {@code errors}. */
    protected abstract I input(String code, FormErrors errors);
}
