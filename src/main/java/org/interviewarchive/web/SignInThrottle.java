package org.interviewarchive.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down guessing the admin's password, by account and by client address: each failed sign-in makes the answer
 * wait longer, and after several in a row the account (or the address) is locked for a while, even to the right
 * password; the login page says so. Every failure and lock is logged; a success clears the account's and address's
 * count.
 */
@Component
class SignInThrottle {

    /** Failures in a row by which an account is locked; an address, trying many accounts, gets four times as many. */
    static final int LOCK_AFTER = 5;
    static final Duration LOCK_FOR = Duration.ofMinutes(15);
    private static final Duration FIRST_DELAY = Duration.ofMillis(200);
    private static final Duration LONGEST_DELAY = Duration.ofSeconds(2);
    /** Wrong-password answers held back at the same time, at most. */
    private static final int WAITING_AT_ONCE = 2;
    /** Failures older than this are forgotten. */
    private static final Duration MEMORY = Duration.ofHours(1);
    static final String LOCKED_PAGE = SecurityConfiguration.LOGIN_PAGE + "?locked";

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private record Failures(int count, Instant last, Instant lockedUntil) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Semaphore waiting = new Semaphore(WAITING_AT_ONCE);
    private final Clock clock;

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Turns away a sign-in to a locked account or from a locked address before the password is checked. Made here,
     * not a bean, so that it runs in the security filter chain only.
     */
    OncePerRequestFilter lockFilter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                    FilterChain chain) throws ServletException, IOException {
                if ("POST".equals(request.getMethod())
                        && SecurityConfiguration.LOGIN_PAGE.equals(request.getServletPath())
                        && (locked(account(request)) || locked(address(request)))) {
                    log.warn("Sign-in as {} from {} turned away: locked after repeated failures", user(request),
                            request.getRemoteAddr());
                    response.sendRedirect(request.getContextPath() + LOCKED_PAGE);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    AuthenticationFailureHandler failureHandler() {
        SimpleUrlAuthenticationFailureHandler wrong =
                new SimpleUrlAuthenticationFailureHandler(SecurityConfiguration.LOGIN_PAGE + "?error");
        return (request, response, exception) -> {
            int accountFailures = fail(account(request), LOCK_AFTER);
            int addressFailures = fail(address(request), 4 * LOCK_AFTER);
            log.warn("Failed sign-in as {} from {} ({} in a row for the account, {} from the address)", user(request),
                    request.getRemoteAddr(), accountFailures, addressFailures);
            pause(Math.max(accountFailures, addressFailures));
            if (locked(account(request)) || locked(address(request))) {
                log.warn("Sign-in as {} from {} locked for {} minutes", user(request), request.getRemoteAddr(),
                        LOCK_FOR.toMinutes());
                response.sendRedirect(request.getContextPath() + LOCKED_PAGE);
            } else {
                wrong.onAuthenticationFailure(request, response, exception);
            }
        };
    }

    AuthenticationSuccessHandler successHandler(String target) {
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl(target);
        return (request, response, authentication) -> {
            failures.remove(account(request));
            failures.remove(address(request));
            success.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private int fail(String key, int lockAfter) {
        Instant now = clock.instant();
        Failures updated = failures.compute(key, (k, before) -> {
            int count = before == null || before.last().plus(MEMORY).isBefore(now) ? 1 : before.count() + 1;
            return new Failures(count, now, count >= lockAfter ? now.plus(LOCK_FOR) : null);
        });
        failures.values().removeIf(old -> old.last().plus(MEMORY).isBefore(now)
                && (old.lockedUntil() == null || old.lockedUntil().isBefore(now)));
        return updated.count();
    }

    private boolean locked(String key) {
        Failures current = failures.get(key);
        return current != null && current.lockedUntil() != null && current.lockedUntil().isAfter(clock.instant());
    }

    /**
     * The answer to a wrong password waits longer each time: 0.2 s, 0.4 s, 0.8 s… up to 2 s. A waiting answer holds
     * one of the server's few request threads, so only a couple wait at once: a flood of wrong passwords is answered
     * at once rather than leaving readers without threads, and the locks still stop it guessing.
     */
    private void pause(int failuresInARow) {
        long millis = Math.min(LONGEST_DELAY.toMillis(), FIRST_DELAY.toMillis() << Math.min(10, failuresInARow - 1));
        if (!waiting.tryAcquire()) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            waiting.release();
        }
    }

    private static String account(HttpServletRequest request) {
        return "account:" + user(request).toLowerCase(Locale.ROOT);
    }

    private static String address(HttpServletRequest request) {
        return "address:" + request.getRemoteAddr();
    }

    private static String user(HttpServletRequest request) {
        String user = request.getParameter("username");
        return user == null ? "" : user.strip().replaceAll("\\p{Cntrl}", "?");
    }
}
