package io.advocacy.listening.sentiment;

/**
 * A run of words the lexicon rates or uses as one ("fed up", "kind of", "yeah right").
 *
 * @param text the words joined by single spaces
 * @param words the words, lower-case
 * @param entry what the phrase means as a whole
 */
record Phrase(String text, String[] words, LexiconEntry entry) {}
