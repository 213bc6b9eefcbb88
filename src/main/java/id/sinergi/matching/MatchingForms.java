package id.sinergi.matching;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the upload form Tasklist embeds (the start event's {@code embedded:/forms/matching/...} key) and
 * the example file it links to. Nothing else under forms/ is served: Camunda Forms come from the deployment.
 */
@Configuration
class MatchingForms implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/forms/matching/*.html", "/forms/matching/*.csv")
                .addResourceLocations("classpath:/forms/matching/");
    }
}
