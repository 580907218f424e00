package io.advocacy.listening.author.rest;

import io.advocacy.listening.author.service.AuthorService;
import io.advocacy.listening.spam.SpamService;
import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Authors by reach: who is heard most when they talk about the brand. */
@Path("/authors")
@RolesAllowed({Roles.INTEGRATOR, Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
public class AuthorResource {

    private final AuthorService authors;
    private final SpamService spam;

    public AuthorResource(AuthorService authors, SpamService spam) {
        this.authors = authors;
        this.spam = spam;
    }

    @POST
    @Path("/{authorKey}/release")
    @RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
    @Operation(summary = "Stop holding an author's mentions and publish the held ones")
    public Uni<Released> release(@PathParam("authorKey") String authorKey) {
        return spam.release(authorKey).map(count -> new Released(authorKey, count));
    }

    @GET
    @Operation(summary = "Authors with the most reach first, optionally on one platform")
    public Uni<Page<AuthorView>> top(@Valid @BeanParam PageParams paging, @QueryParam("platform") String platform) {
        return authors.top(platform, paging.page, paging.size)
                .map(page -> new Page<>(
                        page.items().stream()
                                .map(a -> new AuthorView(
                                        a.authorKey,
                                        a.platform,
                                        a.handle,
                                        a.displayName,
                                        a.followers,
                                        a.mentions,
                                        a.engagement,
                                        a.reach,
                                        a.updatedAt))
                                .toList(),
                        page.page(),
                        page.size(),
                        page.total()));
    }
}
