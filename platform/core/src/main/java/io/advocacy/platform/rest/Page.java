package io.advocacy.platform.rest;

import java.util.List;

/**
 * One page of a list answer.
 *
 * @param items the items on this page
 * @param page the zero-based page number
 * @param size the page size asked for
 * @param total how many items there are on all pages
 */
public record Page<T>(List<T> items, int page, int size, long total) {}
