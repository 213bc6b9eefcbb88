package id.sinergi.system;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The agency API's OpenAPI 3 description, at /v3/api-docs and browsable at /swagger-ui.html. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI sinergiOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Sinergi agency API").version("v1")
                        .description("""
                                Partner agencies report non-compliant employers to BPJS Kesehatan and follow their \
                                enforcement cases. Every error is application/problem+json (RFC 9457) with type, \
                                title, status, detail and, for invalid input, `errors` naming each field at fault."""))
                .components(new Components()
                        .addSecuritySchemes("agencyToken", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("The agency's API token"))
                        .addSecuritySchemes("adminBasic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("A Camunda administrator"))
                        .addSecuritySchemes("staffBasic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("A member of the branch's staff groups; reads also accept "
                                        + "the session of a user logged in to the Camunda webapps, and document uploads "
                                        + "accept it with the session's CSRF token in X-XSRF-TOKEN")));
    }
}
