package io.advocacy.platform.security;

/** The realm roles every endpoint is guarded by. */
public final class Roles {

    /** A system pushing data in or reading it out, through a service account. */
    public static final String INTEGRATOR = "integrator";

    /** A person who looks after advocates and their interactions. */
    public static final String ADVOCATE_MANAGER = "advocate-manager";

    /** A person who configures the programme. */
    public static final String PROGRAM_ADMIN = "program-admin";

    /** An advocate, for their own profile, preferences, consent and badges only. */
    public static final String ADVOCATE = "advocate";

    private Roles() {}
}
