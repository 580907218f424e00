package io.advocacy.recognition.image.service;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The picture of a badge the service holds no artwork for: a round emblem with a star, the badge's name and the
 * issuer's, drawn the same as SVG and as a raster image. Coordinates are on a 240 by 240 canvas.
 */
public final class Emblem {

    /** The SVG namespace. */
    public static final String SVG_NS = "http://www.w3.org/2000/svg";

    static final int CANVAS = 240;
    private static final int LINE_CHARS = 14;
    private static final int MAX_LINES = 3;
    private static final int ISSUER_CHARS = 24;
    private static final String FONTS = "DejaVu Sans, Verdana, Arial, sans-serif";
    private static final Color FACE = new Color(0x1d4e89);
    private static final Color GOLD = new Color(0xf5c542);
    private static final Color NAME = Color.WHITE;
    private static final Color ISSUER = new Color(0xdbe6f5);

    private final String title;
    private final List<String> nameLines;
    private final String issuer;

    private Emblem(String title, List<String> nameLines, String issuer) {
        this.title = title;
        this.nameLines = nameLines;
        this.issuer = issuer;
    }

    /** The emblem of a badge awarded by an issuer. */
    public static Emblem of(String badgeName, String issuerName) {
        String name = badgeName == null || badgeName.isBlank() ? "Badge" : badgeName.strip();
        String by = issuerName == null ? "" : shorten(issuerName.strip(), ISSUER_CHARS);
        return new Emblem(name + (by.isEmpty() ? "" : " — " + by), wrap(name), by);
    }

    /** The badge's name in lines of at most 14 characters, at most three, the last one cut short with an ellipsis. */
    static List<String> wrap(String name) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : name.split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LINE_CHARS) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < Math.min(lines.size(), MAX_LINES); i++) {
            boolean cut = i == MAX_LINES - 1 && lines.size() > MAX_LINES;
            String text = lines.get(i);
            shown.add(cut ? shorten(text + " …", LINE_CHARS) : shorten(text, LINE_CHARS));
        }
        return List.copyOf(shown);
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1).strip() + "…";
    }

    private int nameSize() {
        int longest = nameLines.stream().mapToInt(String::length).max().orElse(0);
        return longest <= 10 ? 24 : 19;
    }

    /** Baselines of the name's lines, centred below the star. */
    private List<Integer> nameBaselines() {
        int size = nameSize();
        int lineHeight = Math.round(size * 1.2f);
        int first = 132 - (nameLines.size() - 1) * lineHeight / 2;
        List<Integer> baselines = new ArrayList<>();
        for (int i = 0; i < nameLines.size(); i++) {
            baselines.add(first + i * lineHeight);
        }
        return baselines;
    }

    /** The five-pointed star's corners, as x, y pairs. */
    private static double[] star() {
        double[] points = new double[20];
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? 26 : 11;
            double angle = Math.toRadians(-90 + i * 36);
            points[2 * i] = 120 + radius * Math.cos(angle);
            points[2 * i + 1] = 66 + radius * Math.sin(angle);
        }
        return points;
    }

    /** The emblem as an SVG document, with a {@code title} for screen readers. */
    public Document svg() {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newNSInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML document builder", e);
        }
        doc.setXmlStandalone(true);
        Element svg = svgElement(doc, "svg");
        svg.setAttribute("width", Integer.toString(CANVAS));
        svg.setAttribute("height", Integer.toString(CANVAS));
        svg.setAttribute("viewBox", "0 0 " + CANVAS + " " + CANVAS);
        svg.setAttribute("role", "img");
        doc.appendChild(svg);
        svg.appendChild(svgElement(doc, "title")).setTextContent(title);
        Element face = svgElement(doc, "circle");
        face.setAttribute("cx", "120");
        face.setAttribute("cy", "120");
        face.setAttribute("r", "116");
        face.setAttribute("fill", hex(FACE));
        svg.appendChild(face);
        Element ring = svgElement(doc, "circle");
        ring.setAttribute("cx", "120");
        ring.setAttribute("cy", "120");
        ring.setAttribute("r", "102");
        ring.setAttribute("fill", "none");
        ring.setAttribute("stroke", hex(GOLD));
        ring.setAttribute("stroke-width", "4");
        svg.appendChild(ring);
        Element star = svgElement(doc, "polygon");
        double[] corners = star();
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < corners.length; i += 2) {
            points.append(i > 0 ? " " : "").append(String.format(Locale.ROOT, "%.1f,%.1f", corners[i], corners[i + 1]));
        }
        star.setAttribute("points", points.toString());
        star.setAttribute("fill", hex(GOLD));
        svg.appendChild(star);
        List<Integer> baselines = nameBaselines();
        for (int i = 0; i < nameLines.size(); i++) {
            svg.appendChild(text(doc, nameLines.get(i), baselines.get(i), nameSize(), NAME));
        }
        if (!issuer.isEmpty()) {
            svg.appendChild(text(doc, issuer, 182, 11, ISSUER));
        }
        return doc;
    }

    private static Element text(Document doc, String content, int baseline, int size, Color colour) {
        Element text = svgElement(doc, "text");
        text.setAttribute("x", "120");
        text.setAttribute("y", Integer.toString(baseline));
        text.setAttribute("text-anchor", "middle");
        text.setAttribute("font-family", FONTS);
        text.setAttribute("font-weight", "bold");
        text.setAttribute("font-size", Integer.toString(size));
        text.setAttribute("fill", hex(colour));
        text.setTextContent(content);
        return text;
    }

    private static Element svgElement(Document doc, String name) {
        return doc.createElementNS(SVG_NS, name);
    }

    private static String hex(Color colour) {
        return String.format(Locale.ROOT, "#%06x", colour.getRGB() & 0xffffff);
    }

    /** The emblem drawn on a transparent square of the given side, in pixels. */
    public BufferedImage raster(int side) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(side / (double) CANVAS, side / (double) CANVAS);
            g.setColor(FACE);
            g.fill(new Ellipse2D.Double(4, 4, 232, 232));
            g.setColor(GOLD);
            g.setStroke(new BasicStroke(4));
            g.draw(new Ellipse2D.Double(18, 18, 204, 204));
            double[] corners = star();
            Path2D.Double star = new Path2D.Double();
            star.moveTo(corners[0], corners[1]);
            for (int i = 2; i < corners.length; i += 2) {
                star.lineTo(corners[i], corners[i + 1]);
            }
            star.closePath();
            g.fill(star);
            List<Integer> baselines = nameBaselines();
            for (int i = 0; i < nameLines.size(); i++) {
                centred(g, nameLines.get(i), baselines.get(i), nameSize(), NAME);
            }
            if (!issuer.isEmpty()) {
                centred(g, issuer, 182, 11, ISSUER);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void centred(Graphics2D g, String text, int baseline, int size, Color colour) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
        g.setColor(colour);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, 120 - metrics.stringWidth(text) / 2f, baseline);
    }
}
