package org.interviewarchive.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interviewarchive.support.AdminSession;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Without a configured password the server makes one up and logs it once; there is never a default one. */
@StorageTest
@ExtendWith(OutputCaptureExtension.class)
class GeneratedAdminPasswordTest {

    private static final Pattern LOGGED = Pattern.compile(
            "No admin password is set \\(ARCHIVE_ADMIN_PASSWORD or archive\\.admin\\.password\\)\\. "
                    + "Until the next start, sign in at /admin/login as (\\S+) with the password (\\S+)");

    @Test
    void withoutAPasswordTheServerLogsAGeneratedOneOnceAndItOpensTheAdmin(CapturedOutput output) {
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("generated-password"), List.of())) {
            Matcher logged = LOGGED.matcher(output.getOut());
            assertThat(logged.find()).as("the generated password is logged").isTrue();
            assertThat(logged.group(1)).isEqualTo("admin");
            String password = logged.group(2);
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(logged.find()).as("the password is logged only once").isFalse();
            assertThat(output.getAll()).doesNotContain("Using generated security password");

            AdminSession admin = AdminSession.signIn(archive.http(), "admin", password);
            assertThat(admin.page("/admin").select("h1").text()).isEqualTo("Interviews");
        }
    }

    @Test
    void aConfiguredPasswordIsNeverLogged(CapturedOutput output) {
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("configured-password"), List.of(),
                AdminSession.properties())) {
            AdminSession.signIn(archive.http());
            assertThat(output.getAll()).doesNotContain("No admin password is set", AdminSession.PASSWORD,
                    "Using generated security password");
        }
    }
}
