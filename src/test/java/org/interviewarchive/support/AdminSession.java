package org.interviewarchive.support;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The administrator of a test archive, signed in through the login page and using the admin pages' forms. */
public final class AdminSession {

    public static final String USER = "editor";
    public static final String PASSWORD = "a test password, not a default";

    private final Http http;

    private AdminSession(Http http) {
        this.http = http;
    }

    /** What a test archive needs so that {@link #USER} signs in with {@link #PASSWORD}. */
    public static String[] properties() {
        return new String[] {"archive.admin.user=" + USER, "archive.admin.password=" + PASSWORD};
    }

    /** Signs in with the test password; fails the test when the server does not let the administrator in. */
    public static AdminSession signIn(Http server) {
        return signIn(server, USER, PASSWORD);
    }

    public static AdminSession signIn(Http server, String user, String password) {
        Http session = server.session();
        HttpResponse<String> response = attemptSignIn(session, user, password);
        if (response.statusCode() != 302 || !location(response).equals("/admin")) {
            throw new AssertionError("Signing in as " + user + " answered " + response.statusCode() + " to "
                    + response.headers().firstValue("Location").orElse("nowhere"));
        }
        return new AdminSession(session);
    }

    /** Fills in the login page's form, as a person would, and submits it. */
    public static HttpResponse<String> attemptSignIn(Http session, String user, String password) {
        Document login = session.html("/admin/login");
        return session.post("/admin/login", Map.of("username", user, "password", password, "_csrf", csrfToken(login)));
    }

    /** The path of a redirect's target, without the server's address. */
    public static String location(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location").orElse("");
        URI uri = URI.create(location);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public static String csrfToken(Document page) {
        Element token = page.selectFirst("input[name=_csrf]");
        if (token == null) {
            throw new AssertionError("The page " + page.location() + " has no CSRF token");
        }
        return token.val();
    }

    public Http http() {
        return http;
    }

    public Document page(String path) {
        return http.html(path);
    }

    /** Submits a form of a page with its hidden fields (the CSRF token among them). */
    public HttpResponse<String> submit(Document page, String formSelector) {
        return submit(page, formSelector, Map.of());
    }

    /**
     * Submits a form of a page as a person would after filling some fields in: every field's value as the page gives
     * it (hidden, text, the selected option), the given values instead where given.
     */
    public HttpResponse<String> submit(Document page, String formSelector, Map<String, String> filledIn) {
        Element form = page.selectFirst(formSelector);
        if (form == null) {
            throw new AssertionError("The page " + page.location() + " has no form " + formSelector);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[name]:not([type=file]):not([type=submit])").forEach(input -> fields.put(input.attr("name"), input.val()));
        form.select("select[name]").forEach(select -> fields.put(select.attr("name"),
                select.select("option[selected]").isEmpty() ? "" : select.selectFirst("option[selected]").val()));
        fields.putAll(filledIn);
        return http.post(path(form), fields);
    }

    /** Uploads through the import page's form: the given fields and files, and the form's CSRF token. */
    public HttpResponse<String> upload(Multipart files) {
        Element form = page("/admin/import").selectFirst("form[enctype=multipart/form-data]");
        if (form == null) {
            throw new AssertionError("The import page has no upload form");
        }
        return http.post(path(form), files.field("_csrf", form.selectFirst("input[name=_csrf]").val()));
    }

    private static String path(Element form) {
        URI action = URI.create(form.absUrl("action"));
        return action.getRawPath() + (action.getRawQuery() == null ? "" : "?" + action.getRawQuery());
    }
}
