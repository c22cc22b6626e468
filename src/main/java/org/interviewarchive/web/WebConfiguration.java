package org.interviewarchive.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** The interface language (Chinese unless the reader chose English with {@code ?lang=en}) and what every page knows. */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebConfiguration implements WebMvcConfigurer {

    /** The bean name the DispatcherServlet looks for. */
    @Bean
    LocaleResolver localeResolver() {
        return new ReaderLocaleResolver();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName(CurrentPage.LANGUAGE_PARAMETER);
        // A malformed ?lang= from a hand-edited URL keeps the current language instead of failing the page.
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new UnlessFailedUpload(languageSwitch));
        registry.addInterceptor(new UnlessFailedUpload(new CurrentPageInterceptor()));
    }
}
