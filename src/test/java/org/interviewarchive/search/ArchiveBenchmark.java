package org.interviewarchive.search;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;
import org.interviewarchive.ArchiveApplication;
import org.interviewarchive.ingest.IngestCommand;
import org.interviewarchive.ingest.IngestService;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.TestArchives;
import org.interviewarchive.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The archive at scale, end to end, on H2: a corpus generated from the seeds' sentences ({@code -Dbench.quotes},
 * 100,000 by default; 1,000,000 for the figures) ingested by the command-line ingest; the same texts through
 * the same analyzer into a raw Lucene index as the anchor; mixed queries through HTTP, the search service, Lucene alone
 * and SQL {@code LIKE}; a restart; the largest interview's page; the interview list; 8 clients on search and 32 on a mix
 * of pages during an import and an index rebuild (127.0.0.1 only, every answer checked); heap after GC; sizes on disk.
 * Writes {@code target/bench/report.json} and prints a table. Figures, not pass marks.
 */
class ArchiveBenchmark {

    private static final int QUOTES = Integer.getInteger("bench.quotes", 100_000);
    private static final int QUERY_COUNT = Integer.getInteger("bench.queries", 600);
    private static final int LIKE_QUERIES = Integer.getInteger("bench.like-queries", 40);
    private static final Duration SEARCH_LOAD = Duration.ofSeconds(Integer.getInteger("bench.search-seconds", 20));
    private static final Duration MIXED_LOAD = Duration.ofSeconds(Integer.getInteger("bench.load-seconds", 60));
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration FIRST_VIEW_TIMEOUT = Duration.ofMinutes(15);
    private static final String[] LOCAL_ONLY = {"server.address=127.0.0.1"};
    /** Interview pages shown before the largest interview's first view. */
    private static final int OTHER_PAGES_FIRST = 5;
    /** The seeds of the mixes a restarted server answers before it counts as warm. */
    private static final List<Long> WARMING_MIXES = List.of(12L, 13L, 14L);

    private final Map<String, Object> report = new LinkedHashMap<>();
    private final List<String[]> table = new ArrayList<>();
    private final Map<String, Long> liveHeap = new LinkedHashMap<>();

    @Test
    void theArchiveAtScale() throws Exception {
        Path work = TestArchives.newDataDir("bench");
        Path corpusDir = work.resolve("corpus");
        Path dataDir = work.resolve("data");
        GeneratedCorpus corpus = GeneratedCorpus.fromSeeds(Path.of("seeds"), Math.max(20, QUOTES / 2_000));
        report.put("machine", machine());
        row("JVM", "Java %s, %d cores, %,d MB max heap, assertions %s, search by meaning %s",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1_000_000,
                ArchiveBenchmark.class.desiredAssertionStatus() ? "on" : "off",
                Boolean.parseBoolean(System.getProperty("archive.semantic.enabled", "true")) ? "on" : "off");
        double anchorRate = generateAndIndexRaw(corpus, corpusDir, work.resolve("raw-index"));
        double ingestRate = ingestByCommand(corpusDir, dataDir);
        row("ingest, quotes/s", "%,.0f (raw Lucene, same texts and analyzer: %,.0f; %.0f%%)", ingestRate, anchorRate,
                100 * ingestRate / anchorRate);

        startsInNewJvm(dataDir, corpusDir);
        RunningArchive archive = startTimed(dataDir, "start in the same JVM as the benchmark");
        try {
            archive.close();
            archive = startTimed(dataDir, "restart in the same JVM as the benchmark, no reindex");
            workedOutAhead(archive);
            liveHeapAt("restarted");
            Client client = new Client(archive);
            queries(archive, client, corpus);
            liveHeapAt("queries");
            interviewPages(client);
            liveHeapAt("interview pages");
            searchLoad(client, corpus);
            liveHeapAt("search load");
            mixedLoad(archive, client, corpus, work.resolve("import"));
            heapAndSizes(dataDir);
        } finally {
            archive.close();
        }
        write();
    }

    // ---- ingest -------------------------------------------------------------------------------------------------

    /**
     * Writes the corpus and indexes its texts straight into Lucene; the texts are let go of afterwards, so that the
     * heap figures are the archive's, not the benchmark's.
     */
    private double generateAndIndexRaw(GeneratedCorpus corpus, Path corpusDir, Path rawDir) throws IOException {
        List<GeneratedCorpus.Interview> interviews = new ArrayList<>();
        long generating = System.nanoTime();
        corpus.write(corpusDir, "gen", QUOTES, 42, interviews::add);
        report.put("quotes_generated", QUOTES);
        report.put("interviews_generated", interviews.size());
        row("corpus", "%,d quotes in %,d interviews, %,d speakers, generated in %s", QUOTES, interviews.size(),
                corpus.speakers().size(), since(generating));
        return rawLucene(interviews, rawDir);
    }

    private double rawLucene(List<GeneratedCorpus.Interview> interviews, Path dir) throws IOException {
        long start = System.nanoTime();
        long count = 0;
        try (ArchiveAnalyzer analyzer = new ArchiveAnalyzer(); FSDirectory directory = FSDirectory.open(dir);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (GeneratedCorpus.Interview interview : interviews) {
                List<Document> documents = new ArrayList<>();
                for (int t = 0; t < interview.turns().size(); t++) {
                    Document document = new Document();
                    document.add(new StringField("id", interview.file() + t, Field.Store.YES));
                    document.add(new TextField(SearchFields.TEXT, interview.turns().get(t), Field.Store.YES));
                    documents.add(document);
                }
                writer.addDocuments(documents);
                count += documents.size();
            }
            writer.commit();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        report.put("raw_lucene_quotes_per_s", count / seconds);
        return count / seconds;
    }

    private double ingestByCommand(Path corpusDir, Path dataDir) {
        long start = System.nanoTime();
        int exit = IngestCommand.run(ArchiveApplication.class, new String[] {corpusDir.toString(),
            "--archive.data-dir=" + dataDir});
        double seconds = (System.nanoTime() - start) / 1e9;
        report.put("ingest_exit_code", exit);
        report.put("ingest_seconds_including_close", seconds);
        report.put("ingest_quotes_per_s", QUOTES / seconds);
        row("ingest command", "%.1f s including its close, exit %d", seconds, exit);
        return QUOTES / seconds;
    }

    private RunningArchive startTimed(Path dataDir, String what) {
        long start = System.nanoTime();
        RunningArchive archive = RunningArchive.start(TestDatabase.H2, dataDir, List.of(), LOCAL_ONLY);
        new Client(archive).check("/", body -> body.contains("</html>"));
        double seconds = (System.nanoTime() - start) / 1e9;
        report.put(what.replace(' ', '_').replace(",", "") + "_seconds", seconds);
        row(what, "%.1f s until it answers", seconds);
        return archive;
    }

    /**
     * Starts as an operator's, after the ingest command: the packaged jar through {@code bin/serve} in a new JVM with
     * the benchmark's own JVM options, on the same data directory, its ingest at start finding every file of the
     * corpus unchanged; timed from the launch until the home page answers. The first start unpacks the jar and writes
     * the class archive as it stops; the second is the restart. Without a jar as new as the compiled classes (the
     * benchmark run before {@code package}), both are left out, and the table says why.
     */
    private void startsInNewJvm(Path dataDir, Path corpusDir) throws Exception {
        Optional<Path> jar = packagedJar();
        String restart = "restart in a new JVM (bin/serve), no reindex, its ingest at start finding the corpus unchanged";
        if (jar.isEmpty()) {
            row(restart, "not run: no packaged jar newer than target/classes (./mvnw -DskipTests package first)");
            return;
        }
        Path app = dataDir.resolveSibling("app");
        // The ingest command left its garbage on this JVM's heap: collected now, not beside the new server's start.
        System.gc();
        double first = startInNewJvm(jar.get(), app, dataDir, corpusDir, "first-start.log");
        report.put("first_start_new_jvm_seconds", first);
        row("first start in a new JVM (bin/serve): unpacks the jar, writes the class archive as it stops",
                "%.1f s from launch until it answers", first);
        double again = startInNewJvm(jar.get(), app, dataDir, corpusDir, "restart.log");
        report.put("restart_new_jvm_seconds", again);
        row(restart, "%.1f s from launch until it answers", again);
    }

    /** The jar {@code package} made, when no compiled class is newer. */
    private static Optional<Path> packagedJar() throws IOException {
        Path target = Path.of("target");
        Optional<Path> jar;
        try (Stream<Path> files = Files.list(target)) {
            jar = files.filter(file -> file.getFileName().toString().matches("interview-archive-.*\\.jar")).findFirst();
        }
        if (jar.isEmpty()) {
            return jar;
        }
        FileTime packaged = Files.getLastModifiedTime(jar.get());
        try (Stream<Path> classes = Files.walk(target.resolve("classes"))) {
            boolean stale = classes.anyMatch(file -> {
                try {
                    return Files.getLastModifiedTime(file).compareTo(packaged) > 0;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return stale ? Optional.empty() : jar;
        }
    }

    private double startInNewJvm(Path jar, Path app, Path dataDir, Path corpusDir, String logName) throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        ProcessBuilder launch = new ProcessBuilder(Path.of("bin", "serve").toString(),
                "--server.port=" + port, "--server.address=127.0.0.1", "--archive.data-dir=" + dataDir,
                "--archive.ingest.paths=" + corpusDir,
                "--archive.semantic.enabled=" + System.getProperty("archive.semantic.enabled", "true"));
        launch.environment().put("JAVA_HOME", System.getProperty("java.home"));
        launch.environment().put("JAVA_OPTS", System.getProperty("archive.jvm.args", "").strip());
        launch.environment().put("ARCHIVE_JAR", jar.toAbsolutePath().toString());
        launch.environment().put("ARCHIVE_APP_DIR", app.toAbsolutePath().toString());
        Path log = dataDir.resolveSibling(logName);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest home = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).GET().build();
        long start = System.nanoTime();
        Process server = launch.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(50)).until(() -> {
                if (!server.isAlive()) {
                    throw new AssertionError("The server started in a new JVM stopped; its log is " + log);
                }
                try {
                    HttpResponse<String> answer = http.send(home, HttpResponse.BodyHandlers.ofString());
                    return answer.statusCode() == 200 && answer.body().contains("</html>");
                } catch (IOException notListeningYet) {
                    return false;
                }
            });
            return (System.nanoTime() - start) / 1e9;
        } finally {
            server.destroy();
            if (!server.waitFor(2, TimeUnit.MINUTES)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    // ---- queries ------------------------------------------------------------------------------------------------

    /** A deterministic mix: common and rare Chinese words, English words, phrases, speakers, filters, no words. */
    private static List<Map<String, List<String>>> mixedQueries(GeneratedCorpus corpus) {
        return mixedQueries(corpus, 7);
    }

    private static List<Map<String, List<String>>> mixedQueries(GeneratedCorpus corpus, long seed) {
        Random random = new Random(seed);
        List<String> sentences = corpus.sentences();
        List<String> common = List.of("模型", "数据", "训练", "我们", "Gemini", "研究", "推理", "蒸馏", "团队", "预训练");
        List<Map<String, List<String>>> queries = new ArrayList<>();
        while (queries.size() < QUERY_COUNT) {
            String sentence = sentences.get(random.nextInt(sentences.size()));
            String speaker = corpus.speakers().get(random.nextInt(corpus.speakers().size()));
            Map<String, List<String>> query = new LinkedHashMap<>();
            switch (queries.size() % 8) {
                case 0 -> query.put("q", List.of(common.get(random.nextInt(common.size()))));
                case 1 -> query.put("q", List.of(rareWord(sentence, random)));
                case 2 -> query.put("q", List.of(englishWord(sentences, random)));
                case 3 -> query.put("q", List.of("\"" + rareWord(sentence, random) + "\""));
                case 4 -> query.put("q", List.of("speaker:" + speaker + " " + common.get(random.nextInt(common.size()))));
                case 5 -> {
                    query.put("q", List.of(common.get(random.nextInt(common.size()))));
                    query.put("kind", List.of("DIRECT"));
                    query.put("sort", List.of("date"));
                }
                case 6 -> {
                    query.put("q", List.of(""));
                    query.put("speaker", List.of(speaker));
                }
                default -> query.put("q", List.of(common.get(random.nextInt(common.size())) + " "
                        + rareWord(sentence, random)));
            }
            queries.add(query);
        }
        return queries;
    }

    private static String rareWord(String sentence, Random random) {
        String han = sentence.replaceAll("[^\\p{IsHan}]", "");
        if (han.length() < 4) {
            return "持续学习";
        }
        int at = random.nextInt(han.length() - 3);
        return han.substring(at, at + 4);
    }

    private static String englishWord(List<String> sentences, Random random) {
        for (int tries = 0; tries < 50; tries++) {
            String[] words = sentences.get(random.nextInt(sentences.size())).split("[^A-Za-z]+");
            List<String> long4 = Arrays.stream(words).filter(word -> word.length() >= 4).toList();
            if (!long4.isEmpty()) {
                return long4.get(random.nextInt(long4.size()));
            }
        }
        return "Gemini";
    }

    private void queries(RunningArchive archive, Client client, GeneratedCorpus corpus) {
        List<Map<String, List<String>>> queries = mixedQueries(corpus);
        SearchIndex index = archive.bean(SearchIndex.class);
        QuoteSearch search = archive.bean(QuoteSearch.class);
        QueryTranslator translator = archive.bean(SearchQueries.class).translator();
        // The query the service would run, without its facets, highlights and stored fields; none for a search that
        // cannot match (an unknown speaker).
        List<Query> lucene = queries.stream()
                .map(q -> translator.query(QueryText.parse(q.get("q").getFirst()), SearchRequest.of(q)))
                .map(query -> query == null ? new MatchNoDocsQuery() : query).toList();

        Timed overHttp = searchesOverHttp(client, queries);
        Timed inService = i -> search.search(SearchRequest.of(queries.get(i)));
        Timed luceneAlone = i -> index.withSearcher(searcher -> searcher.search(lucene.get(i), 20));
        // A restarted server's first queries also meet code not yet compiled and files not yet read: another mix, none
        // of it asked later, is that figure. Until its code is compiled the server is not warm, and that takes more
        // queries than one mix: three more, untimed, as a server that has been up a while has answered. The queries
        // are then asked for the first time on a warm server, and after that the three layers are timed query by
        // query, side by side, for queries asked before.
        List<Map<String, List<String>>> others = otherMix(corpus, queries, 11);
        long[] coldServer = time(others.size(), searchesOverHttp(client, others));
        int answeredBefore = others.size();
        for (long seed : WARMING_MIXES) {
            List<Map<String, List<String>>> warming = otherMix(corpus, queries, seed);
            time(warming.size(), searchesOverHttp(client, warming));
            answeredBefore += warming.size();
        }
        long[] firstPass = time(queries.size(), overHttp);
        long[][] layers = timeSideBySide(queries.size(), overHttp, inService, luceneAlone);
        long[] http = layers[0];
        long[] service = layers[1];
        long[] alone = layers[2];
        JdbcClient jdbc = archive.bean(JdbcClient.class);
        List<String> likeWords = queries.stream().map(q -> q.get("q").getFirst())
                .filter(q -> !q.isBlank() && !q.contains(":") && !q.contains("\"") && !q.contains(" "))
                .limit(LIKE_QUERIES).toList();
        long[] like = time(likeWords.size(), i -> jdbc.sql("select count(*) from quote where text like ?")
                .param("%" + likeWords.get(i) + "%").query(Long.class).single());

        record("search_http_cold_server", coldServer);
        record("search_http_first_pass", firstPass);
        record("search_http", http);
        record("search_service", service);
        record("search_lucene_alone", alone);
        record("search_sql_like", like);
        row("/api/search, " + queries.size() + " mixed queries, p50 / p99", "%s / %s ms (Lucene alone %s / %s ms)",
                ms(percentile(http, 50)), ms(percentile(http, 99)), ms(percentile(alone, 50)), ms(percentile(alone, 99)));
        row("search service in process, p50 / p99", "%s / %s ms", ms(percentile(service, 50)),
                ms(percentile(service, 99)));
        row("/api/search, the same queries asked for the first time, after " + answeredBefore
                + " others since the restart, p50 / p99", "%s / %s ms",
                ms(percentile(firstPass, 50)), ms(percentile(firstPass, 99)));
        row("/api/search, a restarted server's first " + others.size() + " queries (another mix), p50 / p99",
                "%s / %s ms", ms(percentile(coldServer, 50)), ms(percentile(coldServer, 99)));
        row("vs SQL LIKE, " + likeWords.size() + " words, p50", "%s ms: search %.0fx faster", ms(percentile(like, 50)),
                (double) percentile(like, 50) / percentile(http, 50));
    }

    /** A mix of queries from another seed, without any of the measured queries. */
    private static List<Map<String, List<String>>> otherMix(GeneratedCorpus corpus,
            List<Map<String, List<String>>> measured, long seed) {
        return mixedQueries(corpus, seed).stream().filter(query -> !measured.contains(query)).toList();
    }

    private static Timed searchesOverHttp(Client client, List<Map<String, List<String>>> queries) {
        return i -> client.check("/api/search?" + params(queries.get(i)), body -> body.contains("\"total\""));
    }

    // ---- pages --------------------------------------------------------------------------------------------------

    private void interviewPages(Client client) {
        JsonNode list = client.json("/api/interviews");
        JsonNode largest = null;
        for (JsonNode interview : list) {
            if (largest == null || interview.get("quoteCount").asInt() > largest.get("quoteCount").asInt()) {
                largest = interview;
            }
        }
        String slug = largest.get("slug").asString();
        String title = largest.get("title").asString();
        String path = "/interviews/" + slug;
        // The server's first reading pages compile its templates and code paths, whichever interviews they show: other
        // interviews' pages take that, so that the first view timed is what the largest interview's first reader pays.
        for (int i = 0, shown = 0; i < list.size() && shown < OTHER_PAGES_FIRST; i++) {
            String other = list.get(i).get("slug").asString();
            if (!other.equals(slug)) {
                client.check("/interviews/" + other, body -> body.contains("</html>"));
                shown++;
            }
        }
        long start = System.nanoTime();
        // However long the first view takes, it is a figure to print, not a failure.
        String failure = client.attempt(path, body -> body.contains(title), FIRST_VIEW_TIMEOUT);
        long first = System.nanoTime() - start;
        report.put("largest_interview_first_view_error", failure);
        long[] warm = time(20, i -> client.check(path, body -> body.contains(title)));
        long[] api = time(20, i -> client.check("/api/interviews/" + slug, body -> body.contains(slug)));
        long[] listing = time(20, i -> client.check("/api/interviews", body -> body.contains("sourceFile")));
        report.put("largest_interview_quotes", largest.get("quoteCount").asInt());
        report.put("largest_interview_first_view_ms", first / 1e6);
        record("largest_interview_warm", warm);
        record("largest_interview_api", api);
        record("interview_list_api", listing);
        row("/interviews/{slug}, " + largest.get("quoteCount").asInt() + " quotes", "first view %s ms, then p50 %s / p99 %s ms (API %s ms)",
                ms(first), ms(percentile(warm, 50)), ms(percentile(warm, 99)), ms(percentile(api, 50)));
        row("/api/interviews (" + list.size() + " interviews), p50", "%s ms", ms(percentile(listing, 50)));
    }

    // ---- load ---------------------------------------------------------------------------------------------------

    private void searchLoad(Client client, GeneratedCorpus corpus) throws Exception {
        List<Map<String, List<String>>> queries = mixedQueries(corpus);
        Load load = new Load(8, SEARCH_LOAD);
        load.run((clientNo, n) -> new Request("search", "/api/search?" + params(queries.get((clientNo * 97 + n)
                % queries.size())), body -> body.contains("\"total\"")), client);
        report.put("search_8_clients", load.summary());
        row("8 clients on /api/search, " + SEARCH_LOAD.toSeconds() + " s", "%,.0f req/s, %d errors",
                load.requestsPerSecond(), load.errors.get());
    }

    /** Issue 11's load test: 32 readers over every kind of page while an import and an index rebuild run. */
    private void mixedLoad(RunningArchive archive, Client client, GeneratedCorpus corpus, Path importDir)
            throws Exception {
        JsonNode list = client.json("/api/interviews");
        List<String[]> pages = new ArrayList<>();
        for (JsonNode interview : list) {
            pages.add(new String[] {interview.get("slug").asString(), interview.get("title").asString()});
        }
        List<String> quoteIds = new ArrayList<>();
        for (int i = 0; i < Math.min(10, pages.size()); i++) {
            client.json("/api/interviews/" + pages.get(i)[0]).get("quotes")
                    .forEach(quote -> {
                        if (quoteIds.size() < 200) {
                            quoteIds.add(quote.get("id").asString());
                        }
                    });
        }
        List<Map<String, List<String>>> queries = mixedQueries(corpus);
        corpus.write(importDir, "imp", Math.max(GeneratedCorpus.MIN_TURNS * 3, QUOTES / 50), 4242, interview -> { });

        ScheduledExecutorService background = Executors.newScheduledThreadPool(3);
        Load load = new Load(32, MIXED_LOAD);
        try {
            Future<?> importing = background.submit(() -> archive.bean(IngestService.class).ingest(List.of(importDir)));
            Future<?> rebuilding = background.submit(() -> archive.bean(SearchIndexer.class).rebuild());
            background.schedule(() -> liveHeapAt("import and rebuild under load"), MIXED_LOAD.toMillis() / 2,
                    TimeUnit.MILLISECONDS);
            load.run((clientNo, n) -> {
                int pick = clientNo * 31 + n;
                String[] interview = pages.get(pick % pages.size());
                String quote = quoteIds.get(pick % quoteIds.size());
                String words = params(queries.get(pick % queries.size()));
                return switch (pick % 6) {
                    case 0 -> new Request("home", "/", body -> body.contains("</html>"));
                    case 1 -> new Request("interview page", "/interviews/" + interview[0],
                            body -> body.contains(interview[1]));
                    case 2 -> new Request("search page", "/search?" + words, body -> body.contains("</html>"));
                    case 3 -> new Request("search API", "/api/search?" + words, body -> body.contains("\"total\""));
                    case 4 -> new Request("interview API", "/api/interviews/" + interview[0],
                            body -> body.contains("\"quotes\""));
                    default -> new Request("quote page", "/q/" + quote, body -> body.contains(quote));
                };
            }, client);
            report.put("import_during_load_seconds", waitFor(importing));
            report.put("rebuild_during_load_seconds", waitFor(rebuilding));
        } finally {
            background.shutdownNow();
        }
        report.put("mixed_32_clients", load.summary());
        row("32 clients, mixed pages, " + MIXED_LOAD.toSeconds() + " s, import and rebuild",
                "%,.0f req/s, %d errors; p99 by kind: %s", load.requestsPerSecond(), load.errors.get(),
                load.p99ByKind());
        load.firstErrors().forEach(error -> System.out.println("  error: " + error));
    }

    private static Object waitFor(Future<?> work) throws Exception {
        try {
            work.get();
            return "done";
        } catch (java.util.concurrent.ExecutionException e) {
            return "failed: " + e.getCause();
        }
    }

    private record Request(String kind, String path, Function<String, Boolean> right) {
    }

    @FunctionalInterface
    private interface Requests {
        Request next(int client, int n);
    }

    /** Clients that each send one request after another until the time is up, and what they measured. */
    private static final class Load {

        private final int clients;
        private final Duration length;
        private final Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        private final AtomicLong errors = new AtomicLong();
        private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        private long total;
        private double seconds;

        Load(int clients, Duration length) {
            this.clients = clients;
            this.length = length;
        }

        void run(Requests requests, Client client) throws Exception {
            long start = System.nanoTime();
            long end = start + length.toNanos();
            try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
                List<Future<?>> running = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    int clientNo = c;
                    running.add(pool.submit(() -> {
                        for (int n = 0; System.nanoTime() < end; n++) {
                            Request request = requests.next(clientNo, n);
                            long sent = System.nanoTime();
                            String failure = client.attempt(request.path(), request.right());
                            latencies.computeIfAbsent(request.kind(), kind -> new ConcurrentLinkedQueue<>())
                                    .add(System.nanoTime() - sent);
                            if (failure != null) {
                                errors.incrementAndGet();
                                if (errorSamples.size() < 10) {
                                    errorSamples.add(request.path() + ": " + failure);
                                }
                            }
                        }
                    }));
                }
                for (Future<?> each : running) {
                    each.get();
                }
            }
            seconds = (System.nanoTime() - start) / 1e9;
            total = latencies.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
        }

        double requestsPerSecond() {
            return total / seconds;
        }

        List<String> firstErrors() {
            return List.copyOf(errorSamples);
        }

        String p99ByKind() {
            List<String> parts = new ArrayList<>();
            latencies.forEach((kind, values) -> parts.add(kind + " " + ms(percentile(sorted(values), 99)) + " ms"));
            return String.join(", ", parts.stream().sorted().toList());
        }

        Map<String, Object> summary() {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("clients", clients);
            summary.put("seconds", seconds);
            summary.put("requests", total);
            summary.put("requests_per_s", requestsPerSecond());
            summary.put("errors", errors.get());
            Map<String, Object> kinds = new LinkedHashMap<>();
            latencies.forEach((kind, values) -> {
                long[] each = sorted(values);
                kinds.put(kind, Map.of("count", each.length, "p50_ms", percentile(each, 50) / 1e6,
                        "p99_ms", percentile(each, 99) / 1e6));
            });
            summary.put("by_kind", kinds);
            return summary;
        }

        private static long[] sorted(ConcurrentLinkedQueue<Long> values) {
            long[] each = values.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(each);
            return each;
        }
    }

    /** A client of the benchmark's server on 127.0.0.1 that checks what every answer says. */
    private static final class Client {

        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final JsonMapper json = JsonMapper.builder().build();
        private final int port;

        Client(RunningArchive archive) {
            this.port = archive.port();
        }

        /** Null when the page answered 200 with the right content, else what was wrong. */
        String attempt(String path, Function<String, Boolean> right) {
            return attempt(path, right, REQUEST_TIMEOUT);
        }

        String attempt(String path, Function<String, Boolean> right, Duration timeout) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + port + path)).timeout(timeout).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 200) {
                    return "status " + response.statusCode();
                }
                return right.apply(response.body()) ? null : "unexpected content";
            } catch (IOException e) {
                return e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted";
            }
        }

        void check(String path, Function<String, Boolean> right) {
            String failure = attempt(path, right);
            if (failure != null) {
                throw new AssertionError("GET " + path + ": " + failure);
            }
        }

        JsonNode json(String path) {
            try {
                return json.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    // ---- memory and disk ----------------------------------------------------------------------------------------

    /**
     * What the heap holds live (after full collections) at a stage of the run; the stage in the middle of the mixed
     * load, while the import and the rebuild run, pauses its readers for the collection, and its figures include that.
     */
    private void liveHeapAt(String stage) {
        System.gc();
        System.gc();
        liveHeap.put(stage, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    private void heapAndSizes(Path dataDir) throws IOException {
        liveHeapAt("end");
        long heap = liveHeap.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        Map<String, Double> stages = new LinkedHashMap<>();
        liveHeap.forEach((stage, bytes) -> stages.put(stage, bytes / 1e6));
        report.put("live_heap_mb_by_stage", stages);
        row("live heap by stage, MB", "%s", stages.entrySet().stream()
                .map(stage -> "%s %,.0f".formatted(stage.getKey(), stage.getValue())).collect(Collectors.joining(", ")));
        long max = Runtime.getRuntime().maxMemory();
        long index = sizeOf(dataDir.resolve("index"));
        long database = sizeOf(dataDir) - index;
        report.put("live_heap_highest_mb", heap / 1e6);
        report.put("heap_max_mb", max / 1e6);
        report.put("index_mb", index / 1e6);
        report.put("database_mb", database / 1e6);
        row("live heap, highest stage (server and benchmark in one JVM)", "%,.0f MB of %,.0f MB max", heap / 1e6,
                max / 1e6);
        row("on disk", "index %,.0f MB, database %,.0f MB", index / 1e6, database / 1e6);
    }

    /** The bytes of the files under a directory; a file gone while it is walked (a merge's temporary) counts none. */
    private static long sizeOf(Path dir) throws IOException {
        AtomicLong bytes = new AtomicLong();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                bytes.addAndGet(attributes.isRegularFile() ? attributes.size() : 0);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return bytes.get();
    }

    // ---- figures ------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Timed {
        void run(int i) throws Exception;
    }

    private static long[] time(int count, Timed work) {
        long[] nanos = new long[count];
        try {
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                work.run(i);
                nanos[i] = System.nanoTime() - start;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Arrays.sort(nanos);
        return nanos;
    }

    /** Each of the works on the same item in turn, item after item, so that all of them meet the same caches. */
    private static long[][] timeSideBySide(int count, Timed... works) {
        long[][] nanos = new long[works.length][count];
        try {
            for (int i = 0; i < count; i++) {
                for (int w = 0; w < works.length; w++) {
                    long start = System.nanoTime();
                    works[w].run(i);
                    nanos[w][i] = System.nanoTime() - start;
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        for (long[] each : nanos) {
            Arrays.sort(each);
        }
        return nanos;
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p / 100.0) - 1)];
    }

    private static String ms(long nanos) {
        return String.format("%.1f", nanos / 1e6);
    }

    private void record(String name, long[] sorted) {
        report.put(name, Map.of("count", sorted.length, "p50_ms", percentile(sorted, 50) / 1e6,
                "p99_ms", percentile(sorted, 99) / 1e6));
    }

    private static String since(long start) {
        return String.format("%.1f s", (System.nanoTime() - start) / 1e9);
    }

    private static String params(Map<String, List<String>> query) {
        List<String> parts = new ArrayList<>();
        query.forEach((name, values) -> values.forEach(value ->
                parts.add(name + "=" + java.net.URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return String.join("&", parts);
    }

    private void row(String what, String format, Object... args) {
        String figure = String.format(format, args);
        table.add(new String[] {what, figure});
        System.out.println("[bench] " + what + ": " + figure);
    }

    /**
     * After a restart the server works out its interviews' key terms in the background; the figures that
     * follow are the settled server's, and how long settling took is one of them.
     */
    private void workedOutAhead(RunningArchive archive) {
        SearchIndexer indexer = archive.bean(SearchIndexer.class);
        long start = System.nanoTime();
        await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> indexer.interviewsToWorkOutAhead() == 0);
        report.put("restart_worked_out_ahead_seconds", (System.nanoTime() - start) / 1e9);
        row("restart, key terms worked out ahead", "%s after it answers", since(start));
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("max_heap_mb", Runtime.getRuntime().maxMemory() / 1_000_000);
        // On, every Lucene search also runs its internal checks: the figures would not be production's.
        machine.put("assertions", ArchiveBenchmark.class.desiredAssertionStatus());
        return machine;
    }

    private void write() throws IOException {
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(dir.resolve("report.json"),
                JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        StringBuilder markdown = new StringBuilder("| what | figure |\n| --- | --- |\n");
        table.forEach(row -> markdown.append("| ").append(row[0]).append(" | ").append(row[1]).append(" |\n"));
        Files.writeString(dir.resolve("table.md"), markdown);
        System.out.println(markdown);
    }
}
