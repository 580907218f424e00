package io.advocacy.recognition.credential.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Who issues this programme's Open Badges credentials. */
@ConfigMapping(prefix = "advocacy.credentials")
public interface IssuerConfig {

    /** The programme whose keys sign the credentials. */
    @WithDefault("advocacy")
    String programme();

    /** The issuer profile's name. */
    @WithDefault("Advocacy programme")
    String issuerName();

    /** The issuer's URL; also the issuer's id and the JWT's {@code iss}. */
    @WithDefault("https://advocacy.example")
    String issuerUrl();

    /**
     * Where this service is reached from outside, for the links in badge snippets; the issuer's URL when not set.
     */
    Optional<String> publicUrl();

    /** The base of public links, without a trailing slash. */
    default String publicBase() {
        String base = publicUrl().filter(url -> !url.isBlank()).orElse(issuerUrl());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
