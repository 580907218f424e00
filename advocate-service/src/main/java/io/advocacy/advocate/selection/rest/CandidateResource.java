package io.advocacy.advocate.selection.rest;

import io.advocacy.advocate.continuum.Category;
import io.advocacy.advocate.profile.repository.Stage;
import io.advocacy.advocate.selection.service.SelectionService;
import io.advocacy.advocate.selection.service.Weights;
import io.advocacy.platform.problem.Problem;
import io.advocacy.platform.problem.ProblemException;
import io.advocacy.platform.rest.Page;
import io.advocacy.platform.rest.PageParams;
import io.advocacy.platform.security.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The ranking of candidates managers choose advocates from. */
@Path("/selection/candidates")
@RolesAllowed({Roles.ADVOCATE_MANAGER, Roles.PROGRAM_ADMIN})
public class CandidateResource {

    private final SelectionService selection;

    public CandidateResource(SelectionService selection) {
        this.selection = selection;
    }

    @GET
    @Operation(
            summary = "People ranked by a weighted total of the six attributes (weights=trackRecord:2,commitment:1;"
                    + " default equal), filtered by stage, category, minScore (the total) and min"
                    + " (respectAndInfluence:50,...)")
    public Uni<Page<CandidateView>> list(
            @Valid @BeanParam PageParams paging,
            @QueryParam("stage") String stage,
            @QueryParam("category") String category,
            @QueryParam("weights") String weights,
            @QueryParam("minScore") @DefaultValue("0") @DecimalMin("0") @DecimalMax("100") double minScore,
            @QueryParam("min") String min) {
        return selection.candidates(
                parseStage(stage),
                parseCategory(category),
                Weights.parseWeights(weights),
                minScore,
                Weights.parseMinimums("min", min),
                paging.page,
                paging.size);
    }

    private static Category parseCategory(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Category.fromWireName(value.strip());
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
            return Stage.valueOf(value.strip().toUpperCase(Locale.ROOT));
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
