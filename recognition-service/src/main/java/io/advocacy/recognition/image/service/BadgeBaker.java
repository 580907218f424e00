package io.advocacy.recognition.image.service;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.XMLConstants;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Bakes a VC-JWT into a badge picture as Open Badges 3.0 describes ("Baked Badge"): in an SVG, an
 * {@code <openbadges:credential verify="...">} element right after the {@code <svg>} tag; in a PNG, one uncompressed
 * {@code iTXt} chunk with the keyword {@code openbadgecredential}. The XML and PNG writers are the JDK's.
 */
public final class BadgeBaker {

    /** The namespace of the baked credential in an SVG. */
    public static final String OB_NS = "https://purl.imsglobal.org/ob/v3p0";

    /** The keyword of the PNG iTXt chunk that holds the credential. */
    public static final String PNG_KEYWORD = "openbadgecredential";

    private static final String PNG_FORMAT = "javax_imageio_png_1.0";

    private BadgeBaker() {}

    /** The SVG with the credential baked in; an earlier baked credential is replaced. The document is changed. */
    public static byte[] svg(Document picture, String jwt) {
        Element svg = picture.getDocumentElement();
        NodeList baked = svg.getElementsByTagNameNS(OB_NS, "credential");
        for (int i = baked.getLength() - 1; i >= 0; i--) {
            Node old = baked.item(i);
            old.getParentNode().removeChild(old);
        }
        svg.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, "xmlns:openbadges", OB_NS);
        Element credential = picture.createElementNS(OB_NS, "openbadges:credential");
        credential.setAttribute("verify", jwt);
        svg.insertBefore(credential, svg.getFirstChild());
        try {
            Transformer transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.INDENT, "no");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(picture), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new IllegalStateException("Cannot write the badge SVG", e);
        }
    }

    /** The picture as a PNG with the credential in an uncompressed {@code iTXt} chunk. */
    public static byte[] png(RenderedImage picture, String jwt) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(picture), writer.getDefaultWriteParam());
            IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
            entry.setAttribute("keyword", PNG_KEYWORD);
            entry.setAttribute("compressionFlag", "FALSE");
            entry.setAttribute("compressionMethod", "0");
            entry.setAttribute("languageTag", "");
            entry.setAttribute("translatedKeyword", "");
            entry.setAttribute("text", jwt);
            IIOMetadataNode iTXt = new IIOMetadataNode("iTXt");
            iTXt.appendChild(entry);
            IIOMetadataNode root = new IIOMetadataNode(PNG_FORMAT);
            root.appendChild(iTXt);
            metadata.mergeTree(PNG_FORMAT, root);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(new IIOImage(picture, null, metadata));
            }
            return out.toByteArray();
        } catch (IIOInvalidTreeException e) {
            throw new IllegalStateException("The PNG writer refuses the iTXt chunk", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the badge PNG", e);
        } finally {
            writer.dispose();
        }
    }
}
