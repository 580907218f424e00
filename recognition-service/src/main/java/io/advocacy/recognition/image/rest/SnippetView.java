package io.advocacy.recognition.image.rest;

/**
 * The HTML to paste into a blog or an email signature to show a badge, and what it is made of.
 *
 * @param html a link to the badge's verification page around its PNG picture, with its size and alternative text
 * @param imageUrl the public URL of the PNG, with the credential baked in
 * @param linkUrl the public URL of the page that verifies the badge
 * @param alt the picture's alternative text: the badge's name and the programme's
 * @param width the width the picture is shown at, in pixels
 * @param height the height the picture is shown at, in pixels
 */
public record SnippetView(String html, String imageUrl, String linkUrl, String alt, int width, int height) {}
