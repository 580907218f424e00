package io.advocacy.advocate.profile.repository;

import io.advocacy.advocate.continuum.Category;

/**
 * Which profiles a list asks for; a null field does not filter.
 *
 * @param authorKey {@code <platform>:<handle>}, to find the person behind a mention
 */
public record ProfileFilter(Category category, Stage stage, String authorKey) {}
