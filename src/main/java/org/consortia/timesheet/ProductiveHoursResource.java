package org.consortia.timesheet;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.consortia.security.AccessPolicy;

/** {@code /api/organisations/{code}/productive-hours}: an organisation's annual productive hours and its staff's. */
@Path("/api/organisations/{code}/productive-hours")
public class ProductiveHoursResource {

    private final ProductiveHoursService service;
    private final AccessPolicy access;

    ProductiveHoursResource(ProductiveHoursService service, AccessPolicy access) {
        this.service = service;
        this.access = access;
    }

    @GET
    public ProductiveHoursView get(@PathParam("code") String code) {
        return service.get(access.user().identity(), code);
    }

    @PUT
    public ProductiveHoursView set(@PathParam("code") String code, @Valid @NotNull ProductiveHoursInput input) {
        service.set(access.user().identity(), code, null, input);
        return service.get(access.user().identity(), code);
    }

    @PUT
    @Path("{username}")
    public ProductiveHoursView setFor(
            @PathParam("code") String code,
            @PathParam("username") String username,
            @Valid @NotNull ProductiveHoursInput input) {
        service.set(access.user().identity(), code, username, input);
        return service.get(access.user().identity(), code);
    }

    @DELETE
    @Path("{username}")
    public ProductiveHoursView clear(@PathParam("code") String code, @PathParam("username") String username) {
        service.clear(access.user().identity(), code, username);
        return service.get(access.user().identity(), code);
    }
}
