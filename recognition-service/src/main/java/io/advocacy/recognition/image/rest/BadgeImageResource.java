package io.advocacy.recognition.image.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.advocacy.recognition.credential.rest.VerificationView;
import io.advocacy.recognition.image.service.BadgeImages;
import io.advocacy.recognition.image.service.BadgeSource;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An award's badge as pictures with its credential baked in, the HTML that shows it in a blog or an email signature,
 * and a page that verifies it: public, like the credential itself. A revoked award's pictures are still served; their
 * credential fails verification.
 */
@Path("/credentials")
@PermitAll
public class BadgeImageResource {

    /** The media type of SVG. */
    public static final String SVG = "image/svg+xml";

    /** The media type of PNG. */
    public static final String PNG = "image/png";

    private static final int DAY = 86_400;

    private final BadgeImages images;

    public BadgeImageResource(BadgeImages images) {
        this.images = images;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance snippet(String linkUrl, String imageUrl, String alt, int side);

        static native TemplateInstance verification(
                String badgeName,
                String description,
                String issuerName,
                String issuerUrl,
                String validFrom,
                String validUntil,
                VerificationView verification,
                String checks,
                String imageUrl,
                String credentialUrl,
                String jwksUrl,
                int side);
    }

    @GET
    @Path("/{awardId}/badge.svg")
    @Produces(SVG)
    @Operation(summary = "The badge as SVG, its credential baked in as <openbadges:credential verify=\"VC-JWT\">")
    public Uni<Response> svg(@PathParam("awardId") UUID awardId, @Context Request request) {
        return picture(awardId, request, "svg", SVG, images::svg);
    }

    @GET
    @Path("/{awardId}/badge.png")
    @Produces(PNG)
    @Operation(summary = "The badge as PNG, its credential baked in as an iTXt chunk with keyword openbadgecredential")
    public Uni<Response> png(@PathParam("awardId") UUID awardId, @Context Request request) {
        return picture(awardId, request, "png", PNG, images::png);
    }

    private Uni<Response> picture(
            UUID awardId, Request request, String format, String type, Function<BadgeSource, byte[]> draw) {
        return images.sourceOf(awardId).chain(source -> {
            EntityTag tag = new EntityTag(BadgeImages.etag(source, format));
            Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
            if (unchanged != null) {
                return Uni.createFrom().item(cacheable(unchanged, tag).build());
            }
            return Uni.createFrom()
                    .item(source)
                    .emitOn(Infrastructure.getDefaultWorkerPool())
                    .map(draw)
                    .map(bytes -> cacheable(Response.ok(bytes, type), tag)
                            .header("Content-Disposition", "inline; filename=\"badge-" + awardId + "." + format + "\"")
                            .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                            .header("X-Content-Type-Options", "nosniff")
                            .build());
        });
    }

    /**
     * Pictures change only with the way they are drawn, so caches keep them a day and then ask again with the tag; no
     * proxy may re-encode them, which would drop the baked credential.
     */
    private static Response.ResponseBuilder cacheable(Response.ResponseBuilder response, EntityTag tag) {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(DAY);
        cache.setNoTransform(true);
        cache.setPrivate(false);
        return response.tag(tag).cacheControl(cache);
    }

    @GET
    @Path("/{awardId}/snippet")
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    @Operation(
            summary = "HTML for a blog or an email signature: the badge's PNG linked to its verification page; "
                    + "with Accept: application/json, the HTML and its parts")
    public Uni<Response> snippet(@PathParam("awardId") UUID awardId, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean json =
                accept != null && accept.contains(MediaType.APPLICATION_JSON) && !accept.contains(MediaType.TEXT_HTML);
        return images.sourceOf(awardId).map(source -> {
            SnippetView snippet = snippetOf(source);
            Response.ResponseBuilder response = json
                    ? Response.ok(snippet, MediaType.APPLICATION_JSON_TYPE)
                    : Response.ok(snippet.html(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
            return response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        });
    }

    private SnippetView snippetOf(BadgeSource source) {
        String imageUrl = images.publicUrl(source.awardId(), "badge.png");
        String linkUrl = images.publicUrl(source.awardId(), "verification");
        String alt = BadgeImages.altText(source);
        String html = Templates.snippet(linkUrl, imageUrl, alt, BadgeImages.SHOWN_SIDE)
                .render()
                .strip();
        return new SnippetView(html, imageUrl, linkUrl, alt, BadgeImages.SHOWN_SIDE, BadgeImages.SHOWN_SIDE);
    }

    @GET
    @Path("/{awardId}/verification")
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "A page for people: the badge, what it is for, who issued it, and whether it verifies now")
    public Uni<TemplateInstance> verification(@PathParam("awardId") UUID awardId) {
        return images.sourceOf(awardId).chain(source -> images.verify(source).map(verification -> {
            JsonNode credential = source.credential();
            JsonNode achievement = credential.path("credentialSubject").path("achievement");
            return Templates.verification(
                    source.badgeName(),
                    achievement.path("description").asText(""),
                    source.issuerName(),
                    credential.path("issuer").path("url").asText(""),
                    credential.path("validFrom").asText(""),
                    credential.hasNonNull("validUntil")
                            ? credential.get("validUntil").asText()
                            : null,
                    verification,
                    String.join(", ", verification.checks()),
                    images.publicUrl(source.awardId(), "badge.png"),
                    images.publicUrl(source.awardId(), ""),
                    images.publicBase() + "/.well-known/jwks.json",
                    BadgeImages.SHOWN_SIDE);
        }));
    }
}
