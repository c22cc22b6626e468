package org.interviewarchive.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.interviewarchive.support.AdminSession;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Who reaches what: readers everything public, the administrator the admin pages and the actuator, after signing in. */
@StorageTest
class AdminAccessTest {

    private static RunningArchive archive;

    @BeforeAll
    static void start() {
        archive = RunningArchive.start(TestArchives.newDataDir("admin-access"), List.of(), AdminSession.properties());
    }

    @AfterAll
    static void stop() {
        archive.close();
    }

    @Test
    void theAdminPagesSendAStrangerToSignIn() {
        for (String path : List.of("/admin", "/admin/import", "/admin/interviews/any/delete")) {
            HttpResponse<String> response = archive.http().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(AdminSession.location(response)).as(path).isEqualTo("/admin/login");
        }
        assertThat(archive.http().html("/admin/login").select("input[name=password]")).hasSize(1);
    }

    @Test
    void aWrongPasswordOrNameIsRefused() {
        Http session = archive.http().session();
        HttpResponse<String> wrongPassword = AdminSession.attemptSignIn(session, AdminSession.USER, "guess");
        assertThat(AdminSession.location(wrongPassword)).isEqualTo("/admin/login?error");
        Document refused = session.html("/admin/login?error");
        assertThat(refused.selectFirst(".problem").text()).isEqualTo("用户名或密码不对。");
        assertThat(refused.select(".site-header .site-name")).as("the site's layout").hasSize(1);
        assertThat(session.html("/admin/login?error&lang=en").selectFirst(".problem").text())
                .isEqualTo("The name or the password is wrong.");
        assertThat(session.get("/admin").statusCode()).isEqualTo(302);

        HttpResponse<String> wrongName = AdminSession.attemptSignIn(session, "admin", AdminSession.PASSWORD);
        assertThat(AdminSession.location(wrongName)).isEqualTo("/admin/login?error");
    }

    @Test
    void theAdministratorSignsInAndOut() {
        AdminSession admin = AdminSession.signIn(archive.http());
        assertThat(admin.page("/admin").select("h1").text()).isEqualTo("Interviews");

        HttpResponse<String> out = admin.submit(admin.page("/admin"), "form[action$=/admin/logout]");
        assertThat(AdminSession.location(out)).isEqualTo("/admin/login?logout");
        assertThat(admin.http().get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsForbiddenEvenToTheAdministrator() {
        AdminSession admin = AdminSession.signIn(archive.http());
        assertThat(admin.http().post("/admin/interviews/any/delete", Map.of()).statusCode()).isEqualTo(403);
        assertThat(admin.http().post("/admin/import", Map.of("title", "x")).statusCode()).isEqualTo(403);
        assertThat(archive.http().session().post("/admin/login",
                Map.of("username", AdminSession.USER, "password", AdminSession.PASSWORD)).statusCode()).isEqualTo(403);
    }

    @Test
    void healthIsPublicWithTheDatabaseWhileTheOtherActuatorEndpointsNeedTheAdministrator() {
        JsonNode health = archive.http().json("/actuator/health");
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("db").get("status").asString()).isEqualTo("UP");
        assertThat(health.get("components").get("db").has("details")).isFalse();
        assertThat(health.get("components").get("searchIndex").get("status").asString()).isEqualTo("UP");

        for (String path : List.of("/actuator", "/actuator/metrics", "/actuator/info")) {
            HttpResponse<String> response = archive.http().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(AdminSession.location(response)).as(path).isEqualTo("/admin/login");
        }
        AdminSession admin = AdminSession.signIn(archive.http());
        assertThat(admin.http().json("/actuator/metrics").get("names")).isNotEmpty();
        assertThat(admin.http().json("/actuator/health").get("components").get("db").get("details")
                .get("database").asString()).isIn("H2", "PostgreSQL");
        assertThat(admin.http().json("/actuator/health").get("components").get("searchIndex").get("details")
                .get("upToDate").asBoolean()).isTrue();
    }

    @Test
    void theAdministratorRebuildsTheSearchIndex() {
        AdminSession admin = AdminSession.signIn(archive.http());
        HttpResponse<String> rebuilt = admin.submit(admin.page("/admin"), "form[action$=/admin/index/rebuild]");
        assertThat(AdminSession.location(rebuilt)).isEqualTo("/admin");
        assertThat(admin.page("/admin").select(".message").text()).contains("The search index was rebuilt");
        assertThat(archive.http().post("/admin/index/rebuild", Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void readingTheApiNeedsNoSignIn() {
        assertThat(archive.http().get("/api/interviews").statusCode()).isEqualTo(200);
    }
}
