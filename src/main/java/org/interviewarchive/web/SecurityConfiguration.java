package org.interviewarchive.web;

import java.security.SecureRandom;
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
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may do what. Reading pages, the read-only API and the health endpoint are public; the admin pages and the other
 * actuator endpoints need the administrator, who signs in with a form. CSRF protection stays on for every change.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

    static final String ADMIN = "ADMIN";
    static final String LOGIN_PAGE = "/admin/login";

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    @Bean
    SecurityFilterChain archiveSecurity(HttpSecurity http, SignInThrottle throttle) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(LOGIN_PAGE).permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole(ADMIN)
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(ADMIN)
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).successHandler(throttle.successHandler("/admin"))
                        .failureHandler(throttle.failureHandler()))
                .addFilterBefore(throttle.lockFilter(), UsernamePasswordAuthenticationFilter.class)
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                .build();
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
