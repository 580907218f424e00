package io.advocacy.recognition.credential.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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
}
