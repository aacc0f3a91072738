package org.consortia.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The four endpoints of an item's form, under its kind's path: {@code new} shows a blank form and adds the item,
 * {@code {code}} shows the stored item and saves it; on the one form machine ({@link ItemForms}). A kind says how its
 * project is found, how its items are read and written, and how its form is drawn.
 *
 * @param <P> the project the items belong to
 * @param <F> the form as typed
 * @param <I> the API's input the form is read into
 */
public abstract class ItemFormResource<P, F extends ItemFields<I>, I> {

    @Inject
    ItemForms forms;

    /** The project {@code acronym}, if the visitor manages its plan; otherwise the 404 or 403 the rules say. */
    protected abstract P managed(String acronym);

    /** Where the visitor goes once the item is saved. */
    protected abstract String back(P project);

    /** The form of a new item. */
    protected abstract F blankFields(P project);

    /** The form of the stored item {@code code}, or a 404. */
    protected abstract F storedFields(P project, String code);

    /** Adds the item and answers its code. */
    protected abstract String create(P project, I input);

    /** Writes the item under the version {@code ifMatch} the form was read at, and answers its code. */
    protected abstract String save(P project, String code, String ifMatch, I input);

    /** The form as sent, read from the request's body. */
    protected abstract F typed();

    /** The page, {@code code} null for a new item. */
    protected abstract TemplateInstance page(P project, String code, F typed, FormErrors errors);

    @GET
    @Path("new")
    public Response blank(@PathParam("acronym") String acronym) {
        P project = managed(acronym);
        return HtmlResponse.of(page(project, null, blankFields(project), forms.errors()));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("acronym") String acronym) {
        F typed = typed();
        P project = managed(acronym);
        FormErrors errors = forms.errors();
        return forms.add(
                errors,
                typed.input(null, errors),
                input -> create(project, input),
                back(project),
                () -> page(project, null, typed, errors));
    }

    @GET
    @Path("{code}")
    public Response edit(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        P project = managed(acronym);
        return HtmlResponse.of(page(project, code, storedFields(project, code), forms.errors()));
    }

    @POST
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("acronym") String acronym, @PathParam("code") String code) {
        F typed = typed();
        P project = managed(acronym);
        storedFields(project, code); // an unknown code is a 404, whatever the form holds
        FormErrors errors = forms.errors();
        return forms.update(
                errors,
                typed.input(code, errors),
                input -> save(project, code, FormValues.ifMatch(typed.version), input),
                () -> typed.version = storedFields(project, code).version,
                back(project),
                () -> page(project, code, typed, errors));
    }
}
