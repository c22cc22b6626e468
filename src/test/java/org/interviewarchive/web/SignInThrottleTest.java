package org.interviewarchive.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.support.AdminSession;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;

/**
 * Guessing the admin's password gets slower with each wrong one, then the account is locked for a while, even to the
 * right password, and the login page says so; so is an address that tries many accounts.
 */
class SignInThrottleTest {

    @Test
    void wrongPasswordsAreAnsweredEverMoreSlowlyThenTheAccountIsLocked() {
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("throttle"), List.of(),
                AdminSession.properties())) {
            Http browser = archive.http().session();
            List<Duration> answers = new ArrayList<>();
            for (int i = 1; i < SignInThrottle.LOCK_AFTER; i++) {
                Instant start = Instant.now();
                HttpResponse<String> wrong = AdminSession.attemptSignIn(browser, AdminSession.USER, "guess " + i);
                answers.add(Duration.between(start, Instant.now()));
                assertThat(AdminSession.location(wrong)).isEqualTo("/admin/login?error");
            }
            assertThat(answers.getLast()).isGreaterThan(answers.getFirst()).isGreaterThanOrEqualTo(Duration.ofMillis(1600));

            HttpResponse<String> last = AdminSession.attemptSignIn(browser, AdminSession.USER, "one more guess");
            assertThat(AdminSession.location(last)).isEqualTo(SignInThrottle.LOCKED_PAGE);
            HttpResponse<String> right = AdminSession.attemptSignIn(archive.http().session(), AdminSession.USER,
                    AdminSession.PASSWORD);
            assertThat(AdminSession.location(right)).isEqualTo(SignInThrottle.LOCKED_PAGE);
            assertThat(browser.html(SignInThrottle.LOCKED_PAGE + "&lang=en").select("[role=alert]").text())
                    .contains("Too many failed sign-ins").contains("locked for a while");
        }
    }

    @Test
    void anAddressTryingManyAccountsIsLockedToo() {
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("throttle-address"), List.of(),
                AdminSession.properties())) {
            HttpResponse<String> answer = null;
            for (int i = 0; i < 4 * SignInThrottle.LOCK_AFTER; i++) {
                answer = AdminSession.attemptSignIn(archive.http().session(), "someone" + i, "guess");
            }
            assertThat(AdminSession.location(answer)).isEqualTo(SignInThrottle.LOCKED_PAGE);
            assertThat(AdminSession.location(AdminSession.attemptSignIn(archive.http().session(), AdminSession.USER,
                    AdminSession.PASSWORD))).isEqualTo(SignInThrottle.LOCKED_PAGE);
        }
    }
}
