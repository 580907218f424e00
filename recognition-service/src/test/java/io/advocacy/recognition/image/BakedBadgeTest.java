package io.advocacy.recognition.image;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.advocacy.recognition.credential.Awarded;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The badge pictures are read back the way any Open Badges 3.0 reader would: the PNG's iTXt chunk through the JDK's
 * PNG metadata, the SVG through a namespace-aware XML parser, and the credential checked with the published keys.
 */
@QuarkusTest
class BakedBadgeTest {

    private static final String ISSUER = "https://advocacy.example";
    private static final String PNG_METADATA = "javax_imageio_png_1.0";
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String OB_NS = "https://purl.imsglobal.org/ob/v3p0";

    @Inject
    AgroalDataSource database;

    @Test
    void thePngCarriesTheAwardsCredentialInAnUncompressedITxtChunk() throws Exception {
        Awarded.Award award = Awarded.firstVoice();

        Response response = given().get("/credentials/" + award.id() + "/badge.png");
        response.then().statusCode(200).contentType("image/png");
        byte[] png = response.asByteArray();
        String baked = credentialInPng(png);

        assertThat(baked).isEqualTo(credentialOf(award));
        assertSignedForTheAward(baked, award);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(picture.getWidth()).isEqualTo(240);
        assertThat(picture.getHeight()).isEqualTo(240);
        assertThat(picture.getRGB(120, 120) >>> 24).as("the emblem is opaque").isEqualTo(0xff);
        assertThat(picture.getRGB(0, 0) >>> 24)
                .as("its corners are transparent")
                .isZero();
    }

    @Test
    void theSvgCarriesTheAwardsCredentialRightAfterTheSvgTag() throws Exception {
        Awarded.Award award = Awarded.firstVoice();

        Response response = given().get("/credentials/" + award.id() + "/badge.svg");
        response.then().statusCode(200).contentType("image/svg+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newNSInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document svg = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.asByteArray()));

        Element root = svg.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo(SVG_NS);
        assertThat(root.getLocalName()).isEqualTo("svg");
        NodeList baked = svg.getElementsByTagNameNS(OB_NS, "credential");
        assertThat(baked.getLength()).as("exactly one baked credential").isEqualTo(1);
        assertThat(firstElementChild(root)).as("right after the <svg> tag").isSameAs(baked.item(0));
        String jwt = ((Element) baked.item(0)).getAttribute("verify");
        assertThat(jwt).isEqualTo(credentialOf(award));
        assertSignedForTheAward(jwt, award);
        assertThat(svg.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent())
                .isEqualTo("First Voice — Advocacy programme");
        assertThat(svg.getElementsByTagNameNS(SVG_NS, "script").getLength()).isZero();
    }

    @Test
    void aTamperedPngCredentialFailsVerificationWhereTheBakedOnePasses() throws Exception {
        Awarded.Award award = Awarded.firstVoice();
        byte[] png = given().get("/credentials/" + award.id() + "/badge.png").asByteArray();
        String baked = credentialInPng(png);
        String[] parts = baked.split("\\.");
        String payload = Base64URL.from(parts[1]).decodeToString().replace("\"First Voice\"", "\"Brand Champion\"");
        assertThat(payload).contains("Brand Champion");
        String forged = parts[0] + "." + Base64URL.encode(payload) + "." + parts[2];
        byte[] forgedPng = rebake(png, forged);

        verify(credentialInPng(png)).then().body("verified", equalTo(true));
        verify(credentialInPng(forgedPng))
                .then()
                .body("verified", equalTo(false))
                .body("checks", not(hasItem("signature")))
                .body("errors", hasItem(containsString("signature")));
    }

    @Test
    @TestSecurity(user = "admin", roles = "program-admin")
    void aRevokedAwardsBadgeIsStillServedAndItsCredentialFailsVerification() throws Exception {
        Awarded.Award award = Awarded.firstVoice();
        given().contentType("application/json")
                .body(Map.of("reason", "the mention was staged"))
                .post("/awards/" + award.id() + "/revoke")
                .then()
                .statusCode(200);

        byte[] png = given().get("/credentials/" + award.id() + "/badge.png")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();

        verify(credentialInPng(png))
                .then()
                .body("verified", equalTo(false))
                .body("checks", hasItem("signature"))
                .body("errors", hasItem(containsString("the mention was staged")));
        given().get("/credentials/" + award.id() + "/verification")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("Not verified"))
                .body(containsString("the mention was staged"));
    }

    @Test
    void thePicturesAreCachedByTheirEntityTag() {
        Awarded.Award award = Awarded.firstVoice();
        for (String picture : List.of("badge.png", "badge.svg")) {
            String path = "/credentials/" + award.id() + "/" + picture;
            Response first = given().get(path);
            first.then().statusCode(200);
            String etag = first.header("ETag");
            assertThat(etag).isNotBlank();
            assertThat(first.header("Cache-Control")).contains("max-age=").contains("no-transform");

            given().header("If-None-Match", etag)
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("ETag", etag)
                    .body(equalTo(""));
            given().header("If-None-Match", "\"something-else\"")
                    .get(path)
                    .then()
                    .statusCode(200);
        }
        assertThat(given().get("/credentials/" + award.id() + "/badge.png").header("ETag"))
                .isNotEqualTo(
                        given().get("/credentials/" + award.id() + "/badge.svg").header("ETag"));
    }

    @Test
    void theSnippetLinksThePngToTheVerificationPageWithAbsoluteUrlsSizeAndAltText() {
        Awarded.Award award = Awarded.firstVoice();
        String base = ISSUER + "/credentials/" + award.id();

        String html = given().accept("text/html")
                .get("/credentials/" + award.id() + "/snippet")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .extract()
                .asString();

        assertThat(html)
                .isEqualTo("<a href=\"" + base + "/verification\"><img src=\"" + base + "/badge.png\""
                        + " alt=\"First Voice — Advocacy programme\" width=\"120\" height=\"120\" border=\"0\"></a>");
        assertThat(html.toLowerCase(java.util.Locale.ROOT)).doesNotContain("<script", "style=", "javascript:");
        given().accept("application/json")
                .get("/credentials/" + award.id() + "/snippet")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("html", equalTo(html))
                .body("imageUrl", equalTo(base + "/badge.png"))
                .body("linkUrl", equalTo(base + "/verification"))
                .body("alt", equalTo("First Voice — Advocacy programme"))
                .body("width", equalTo(120))
                .body("height", equalTo(120));
        for (String linked : List.of("/badge.png", "/verification")) {
            given().get("/credentials/" + award.id() + linked).then().statusCode(200);
        }
    }

    @Test
    void aBadgeNameWithMarkupIsEscapedInTheSnippetThePageAndTheSvg() throws Exception {
        Awarded.Award award = Awarded.firstVoice();
        String badge = "test-markup-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Voice <b>\"Loud\"</b> & 'Clear'";
        sql(
                "insert into badge_definition (code, name, description, criteria, rule, retired_at)"
                        + " values (?, ?, 'Says it <i>loud</i>', 'a test', '{\"event\": \"featured\"}', now())",
                badge,
                name);
        sql("update award set badge_code = ? where id = ?", badge, award.id());

        String html = given().get("/credentials/" + award.id() + "/snippet")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        given().accept("application/json")
                .get("/credentials/" + award.id() + "/snippet")
                .then()
                .body("alt", equalTo(name + " — Advocacy programme"))
                .body("html", equalTo(html));
        String page = given().get("/credentials/" + award.id() + "/verification")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        byte[] svg = given().get("/credentials/" + award.id() + "/badge.svg")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();

        assertThat(html).contains("&lt;b&gt;", "&amp;").doesNotContain("<b>", "\"Loud\"", "'Clear'");
        assertThat(page).contains("&lt;b&gt;", "&lt;i&gt;loud").doesNotContain("<b>", "<i>");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newNSInstance();
        Document parsed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertThat(parsed.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent())
                .isEqualTo(name + " — Advocacy programme");
        assertThat(parsed.getElementsByTagNameNS(SVG_NS, "b").getLength()).isZero();
        assertThat(credentialInPng(
                        given().get("/credentials/" + award.id() + "/badge.png").asByteArray()))
                .isEqualTo(credentialOf(award));
    }

    @Test
    void theVerificationPageSaysTheBadgeVerifies() {
        Awarded.Award award = Awarded.firstVoice();

        given().get("/credentials/" + award.id() + "/verification")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<h1>First Voice</h1>"))
                .body(containsString("Verified:"))
                .body(not(containsString("Not verified")));
    }

    @Test
    void anUnknownAwardHasNoBadge() {
        for (String resource : List.of("badge.png", "badge.svg", "snippet", "verification")) {
            given().get("/credentials/" + UUID.randomUUID() + "/" + resource)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("detail", containsString("does not exist"));
        }
    }

    /** The credential's signature holds with the published key it names, and it is the award's. */
    private static void assertSignedForTheAward(String jwt, Awarded.Award award) throws Exception {
        SignedJWT signed = SignedJWT.parse(jwt);
        JWKSet jwks = JWKSet.parse(given().get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        ECKey key = (ECKey) jwks.getKeyByKeyId(signed.getHeader().getKeyID());
        assertThat(key).as("the signing key is published").isNotNull();
        assertThat(signed.verify(new ECDSAVerifier(key))).isTrue();
        JWTClaimsSet claims = signed.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getJWTID()).isEqualTo("urn:uuid:" + award.id());
        assertThat(claims.getStringClaim("id")).isEqualTo("urn:uuid:" + award.id());
        assertThat(claims.getSubject()).isEqualTo("urn:uuid:" + award.advocateId());
        assertThat(claims.getStringListClaim("type")).contains("OpenBadgeCredential");
        assertThat(claims.getStringClaim("name")).isEqualTo("First Voice");
    }

    /** The text of the PNG's only iTXt chunk with keyword openbadgecredential, read by the JDK's PNG reader. */
    static String credentialInPng(byte[] png) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            reader.setInput(in);
            Node root = reader.getImageMetadata(0).getAsTree(PNG_METADATA);
            List<Element> entries = new ArrayList<>();
            for (Node chunk = root.getFirstChild(); chunk != null; chunk = chunk.getNextSibling()) {
                if (!chunk.getNodeName().equals("iTXt")) {
                    continue;
                }
                for (Node entry = chunk.getFirstChild(); entry != null; entry = entry.getNextSibling()) {
                    if ("openbadgecredential".equals(((Element) entry).getAttribute("keyword"))) {
                        entries.add((Element) entry);
                    }
                }
            }
            assertThat(entries).as("exactly one openbadgecredential chunk").hasSize(1);
            assertThat(entries.get(0).getAttribute("compressionFlag")).isEqualTo("FALSE");
            return entries.get(0).getAttribute("text");
        } finally {
            reader.dispose();
        }
    }

    /** The PNG with another text in its openbadgecredential chunk, written by the JDK's PNG writer. */
    private static byte[] rebake(byte[] png, String text) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("png").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            reader.setInput(in);
            BufferedImage picture = reader.read(0);
            IIOMetadata metadata = reader.getImageMetadata(0);
            Node root = metadata.getAsTree(PNG_METADATA);
            NodeList entries = ((Element) root).getElementsByTagName("iTXtEntry");
            for (int i = 0; i < entries.getLength(); i++) {
                Element entry = (Element) entries.item(i);
                if ("openbadgecredential".equals(entry.getAttribute("keyword"))) {
                    entry.setAttribute("text", text);
                }
            }
            metadata.setFromTree(PNG_METADATA, root);
            ImageWriter writer = ImageIO.getImageWriter(reader);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(new IIOImage(picture, null, metadata));
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } finally {
            reader.dispose();
        }
    }

    private void sql(String statement, Object... parameters) {
        try (Connection connection = database.getConnection();
                PreparedStatement prepared = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                prepared.setObject(i + 1, parameters[i]);
            }
            prepared.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    private static Element firstElementChild(Element parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                return (Element) child;
            }
        }
        return null;
    }

    private static Response verify(String jwt) {
        Response response = given().contentType("text/plain").body(jwt).post("/credentials/verify");
        response.then().statusCode(200);
        return response;
    }

    private static String credentialOf(Awarded.Award award) {
        return given().accept("application/vc+jwt")
                .get("/credentials/" + award.id())
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
