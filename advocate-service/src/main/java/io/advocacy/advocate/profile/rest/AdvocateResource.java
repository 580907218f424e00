package io.advocacy.advocate.profile.rest;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.profile.repository.ProfileFilter;
import io.advocacy.advocate.profile.repository.Stage;
import io.advocacy.advocate.profile.service.ProfileQueries;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** Advocate profiles: where each person stands, their stage and their badges. */
@Path("/advocates")
@RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN, Roles.INTEGRATOR})
public class AdvocateResource {

    private final ProfileQueries queries;

    public AdvocateResource(ProfileQueries queries) {
        this.queries = queries;
    }

    @GET
    @Operation(summary = "Profiles, most recently heard from first, optionally of one category, stage or author key")
    public Uni<Page<AdvocateView>> list(
            @Valid @BeanParam PageParams paging,
            @QueryParam("category") String category,
            @QueryParam("stage") String stage,
            @QueryParam("authorKey") String authorKey) {
        var filter = new ProfileFilter(parseCategory(category), parseStage(stage), blankToNull(authorKey));
        return queries.page(filter, paging.page, paging.size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One profile with its badges; its ETag is what a change's If-Match names")
    public Uni<RestResponse<AdvocateView>> get(@PathParam("id") UUID id) {
        return queries.get(id).map(ProfileTag::ok);
    }

    @GET
    @Path("/{id}/standing")
    @Operation(
            summary =
                    "Why this person stands where they do: the evidence, the rule it meets, the move that put them there")
    public Uni<StandingView> standing(@PathParam("id") UUID id) {
        return queries.standing(id);
    }

    @GET
    @Path("/{id}/category-history")
    @Operation(summary = "Every move of this person on the continuum, with the evidence that caused it")
    public Uni<List<CategoryChangeView>> history(@PathParam("id") UUID id) {
        return queries.history(id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Category parseCategory(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Category.fromWireName(value);
        } catch (IllegalArgumentException e) {
            throw invalid(
                    "category",
                    Arrays.stream(Category.values()).map(Category::wireName).toList());
        }
    }

    private static Stage parseStage(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Stage.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid(
                    "stage", Arrays.stream(Stage.values()).map(Stage::wireName).toList());
        }
    }

    private static ProblemException invalid(String field, List<String> allowed) {
        return new ProblemException(
                400,
                "Invalid request",
                "unknown " + field,
                List.of(new Problem.Violation(field, "must be one of " + String.join(", ", allowed))));
    }
}
