package org.interviewarchive.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client against the running test server. Redirects are not followed, so tests see them. A
 * {@link #session()} keeps cookies, as a browser keeps its sign-in.
 */
public final class Http {

    /** What a browser accepts when it submits a form. */
    private static final String BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8";

    private final HttpClient client;
    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;

    public Http(int port) {
        this(port, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
    }

    private Http(int port, HttpClient client) {
        this.port = port;
        this.client = client;
    }

    /** A client of its own that keeps the cookies the server sets. */
    public Http session() {
        return new Http(port, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager()).build());
    }

    public HttpResponse<String> get(String path) {
        return get(path, new String[0]);
    }

    /** GETs a path with request headers given as name, value, name, value… */
    public HttpResponse<String> get(String path, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    /** POSTs form fields, as a browser submits a form. */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded").header("Accept", BROWSER)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** POSTs a multipart form with files, as a browser uploads them. */
    public HttpResponse<String> post(String path, Multipart form) {
        return send(request(path).header("Content-Type", form.contentType()).header("Accept", BROWSER)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body())).build());
    }

    /** GETs a path that must answer 200 with JSON, and parses it. */
    public JsonNode json(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }

    /** GETs a page that must answer 200, and parses its HTML. */
    public Document html(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return Jsoup.parse(response.body(), url(path));
    }

    /** The absolute URL of a path on the test server. */
    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    public JsonNode parse(String body) {
        return json.readTree(body);
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path)));
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
