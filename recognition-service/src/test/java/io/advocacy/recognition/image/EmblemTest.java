package io.advocacy.recognition.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.advocacy.recognition.image.service.Emblem;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The default picture fits any badge name on the emblem, the same in SVG and in pixels. */
class EmblemTest {

    @Test
    void aShortNameIsOneLine() {
        assertThat(nameLines(Emblem.of("First Voice", "Advocacy programme"))).containsExactly("First Voice");
    }

    @Test
    void aLongNameIsWrappedIntoAtMostThreeShortLinesAndCutWithAnEllipsis() {
        List<String> lines =
                nameLines(Emblem.of("Community Champion of the Year for Outstanding Reviews", "Advocacy programme"));

        assertThat(lines).hasSize(3).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(14));
        assertThat(lines.get(0)).isEqualTo("Community");
        assertThat(lines.get(2)).endsWith("…");
    }

    @Test
    void aSingleOverlongWordIsCut() {
        assertThat(nameLines(Emblem.of("Supercalifragilisticexpialidocious", "")))
                .containsExactly("Supercalifrag…");
    }

    @Test
    void theRasterIsTheRequestedSquareWithTransparentCorners() {
        BufferedImage image = Emblem.of("First Voice", "Advocacy programme").raster(96);

        assertThat(image.getWidth()).isEqualTo(96);
        assertThat(image.getHeight()).isEqualTo(96);
        assertThat(image.getRGB(0, 0) >>> 24).isZero();
        assertThat(image.getRGB(48, 48) >>> 24).isEqualTo(0xff);
    }

    /** The texts of the SVG's name lines: every text but the issuer's, which is the last. */
    private static List<String> nameLines(Emblem emblem) {
        NodeList texts = emblem.svg().getElementsByTagNameNS(Emblem.SVG_NS, "text");
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if (!"11".equals(text.getAttribute("font-size"))) {
                lines.add(text.getTextContent());
            }
        }
        return lines;
    }
}
