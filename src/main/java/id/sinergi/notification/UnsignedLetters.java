package id.sinergi.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Until electronic signatures exist, letters leave as laid out; a real {@link LetterSigner} bean replaces this. */
@Configuration(proxyBeanMethods = false)
class UnsignedLetters {

    @Bean
    @ConditionalOnMissingBean(LetterSigner.class)
    LetterSigner unsignedLetters() {
        return (pdf, number) -> pdf;
    }
}
