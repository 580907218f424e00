package io.advocacy.platform.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

/** The {@code page} and {@code size} query parameters every list endpoint takes. */
public class PageParams {

    /** Zero-based page number. */
    @QueryParam("page")
    @DefaultValue("0")
    @Min(0)
    public int page;

    /** Items per page, at most 200. */
    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(200)
    public int size;
}
