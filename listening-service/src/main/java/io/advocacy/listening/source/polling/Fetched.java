package io.advocacy.listening.source.polling;

/**
 * What fetching a feed brought back.
 *
 * @param changed false when the server answered 304 Not Modified to a conditional GET; then there is no body
 * @param body the document
 * @param contentType the Content-Type header, which may name the encoding; null when absent
 * @param etag the ETag header, for the next conditional GET; null when absent
 * @param lastModified the Last-Modified header, for the next conditional GET; null when absent
 */
public record Fetched(boolean changed, byte[] body, String contentType, String etag, String lastModified) {

    /** A 304: the feed did not change since the validators were given. */
    public static Fetched unchanged() {
        return new Fetched(false, null, null, null, null);
    }
}
