package io.advocacy.advocate.selection.rest;

import java.util.Map;

/**
 * One selection attribute of a person.
 *
 * @param score 0 to 100
 * @param inputs the numbers it was computed from
 * @param why the same in one line
 */
public record AttributeView(int score, Map<String, Object> inputs, String why) {}
