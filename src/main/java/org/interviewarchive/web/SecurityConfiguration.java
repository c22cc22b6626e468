package org.interviewarchive.web;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import org.interviewarchive.config.ArchiveProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may do what. Reading pages, the read-only API and the health endpoint are public; the admin pages and the other
 * actuator endpoints need the administrator, who signs in with a form. CSRF protection stays on for every change.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String ADMIN = "ADMIN";
    static final String LOGIN_PAGE = "/admin/login";
    static final String[] ADMIN_PATHS = {"/admin", "/admin/**"};

    /**
     * Only the archive's own files run or style a page: nothing a transcript or a URL brings in can, and no other site
     * may frame it. Images may be data URLs (icons drawn in CSS).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "browsing-topics=()";

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain archiveSecurity(HttpSecurity http, SignInThrottle throttle) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN_PAGE).permitAll()
                        .requestMatchers(ADMIN_PATHS).hasRole(ADMIN)
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(ADMIN)
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).successHandler(throttle.successHandler("/admin"))
                        .failureHandler(throttle.failureHandler()))
                .addFilterBefore(throttle.lockFilter(), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                        // Public pages are revalidated by their ETag (ArchiveVersionValidators) and static files
                        // are named by their content; only what the administrator sees must never be stored.
                        .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                adminPages(), new CacheControlHeadersWriter())))
                .build();
    }

    /**
     * The filter chain runs on every request, and observing each of its filters on its own was a measurable part of a
     * search's time; the request as a whole is still timed and counted ({@code http.server.requests}).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    private static RequestMatcher adminPages() {
        return new OrRequestMatcher(Arrays.stream(ADMIN_PATHS)
                .map(path -> PathPatternRequestMatcher.withDefaults().matcher(path))
                .toArray(RequestMatcher[]::new));
    }

    /**
     * The administrator from {@code archive.admin}. Without a configured password one is made up and logged here,
     * once per start: there is never a default password.
     */
    @Bean
    UserDetailsService administrator(ArchiveProperties properties) {
        ArchiveProperties.Admin admin = properties.admin();
        String password = admin.password();
        if (!admin.hasPassword()) {
            password = randomPassword();
            log.warn("No admin password is set (ARCHIVE_ADMIN_PASSWORD or archive.admin.password). "
                    + "Until the next start, sign in at {} as {} with the password {}", LOGIN_PAGE, admin.user(), password);
        }
        return new InMemoryUserDetailsManager(User.withUsername(admin.user())
                .password(PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password))
                .roles(ADMIN)
                .build());
    }

    private static String randomPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
