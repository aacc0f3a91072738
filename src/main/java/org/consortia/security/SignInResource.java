package org.consortia.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * {@code /login}: needs a signed-in caller, so an anonymous visitor is sent through the identity
 * provider's login (authorisation-code flow) and comes back here, then goes home with a session.
 * {@code /logout} is handled by the OIDC extension.
 */
@Path("/login")
public class SignInResource {

    @GET
    public Response signIn() {
        return Response.seeOther(URI.create("/")).build();
    }
}
