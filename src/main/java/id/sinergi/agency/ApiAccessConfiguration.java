package id.sinergi.agency;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts {@link ApiAccessInterceptor} in front of every handler; it decides by the handler's controller. */
@Configuration
class ApiAccessConfiguration implements WebMvcConfigurer {

    private final ApiAccessInterceptor interceptor;

    ApiAccessConfiguration(ApiAccessInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor);
    }
}
