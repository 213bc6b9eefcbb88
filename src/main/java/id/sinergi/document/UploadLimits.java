package id.sinergi.document;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.web.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits follow {@code sinergi.documents.max-size}: a file over it, or a
 * chunked body that grows past it, is refused (413) while it is parsed, before it is held in full.
 */
@Configuration
class UploadLimits {

    @Bean
    MultipartConfigElement multipartConfigElement(DocumentSettings settings) {
        var factory = new MultipartConfigFactory();
        factory.setMaxFileSize(settings.maxSize());
        factory.setMaxRequestSize(DataSize.ofBytes(settings.maxRequestBytes()));
        return factory.createMultipartConfig();
    }
}
