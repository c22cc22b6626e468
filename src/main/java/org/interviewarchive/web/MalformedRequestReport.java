package org.interviewarchive.web;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.http.MediaType;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.stereotype.Component;

/**
 * What Tomcat answers itself, before any of the archive's code runs: a request whose address cannot be decoded (say
 * {@code /api/interviews/%ZZ}) is refused by the container, and its report is rendered here instead of Tomcat's page
 * with inline style: under {@code /api/} a JSON problem as every other API error, elsewhere a short page that sends
 * the reader home, both with the headers every page of the archive carries.
 */
@Component
class MalformedRequestReport implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final String PROBLEM = """
            {"type":"about:blank","title":"Bad Request","status":%d,"detail":"%s"}""";

    private static final String PAGE = """
            <!doctype html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>无法识别的地址 · Bad address</title></head>
            <body><h1>无法识别的地址</h1><p>这个地址的格式有误。<a href="/">回到访谈档案首页</a></p>
            <h1 lang="en">Bad address</h1><p lang="en">This address is malformed. <a href="/">Go to the archive's home page</a></p>
            </body></html>
            """;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // Installed once the context starts, after Spring Boot's own customizers added Tomcat's report valve, which
        // this one then replaces.
        factory.addContextCustomizers((TomcatContextCustomizer) context -> context.addLifecycleListener(event -> {
            if (Lifecycle.CONFIGURE_START_EVENT.equals(event.getType())) {
                replaceReportValves(context.getParent());
            }
        }));
    }

    private static void replaceReportValves(Container host) {
        Pipeline pipeline = host.getPipeline();
        boolean installed = false;
        for (Valve valve : pipeline.getValves()) {
            if (valve instanceof Report) {
                installed = true;
            } else if (valve instanceof ErrorReportValve) {
                pipeline.removeValve(valve);
            }
        }
        if (!installed) {
            pipeline.addValve(new Report());
        }
    }

    /** Tomcat's report valve, writing the archive's answer instead of Tomcat's page. */
    static final class Report extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            String uri = request.getRequestURI();
            boolean api = uri != null && uri.startsWith(ArchiveErrorController.API_PREFIX);
            try {
                response.setHeader("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
                response.setHeader("Permissions-Policy", SecurityConfiguration.PERMISSIONS_POLICY);
                response.setHeader("Referrer-Policy", ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN.getPolicy());
                response.setHeader("X-Content-Type-Options", "nosniff");
                response.setHeader("X-Frame-Options", "DENY");
                response.setContentType(api ? MediaType.APPLICATION_PROBLEM_JSON_VALUE
                        : MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(api ? PROBLEM.formatted(status, ArchiveErrorController.MALFORMED) : PAGE);
                    response.finishResponse();
                }
            } catch (IOException | IllegalStateException e) {
                // The client is gone or the response already went out; there is no one left to tell.
            }
        }
    }
}
