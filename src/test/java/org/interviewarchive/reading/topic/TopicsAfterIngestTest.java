package org.interviewarchive.reading.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.interviewarchive.ingest.IngestService;
import org.interviewarchive.support.GeneratedTranscripts;
import org.interviewarchive.support.Http;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The topics are counted once per change of the archive, and a change shows at once: a new interview's section. */
@StorageTest
class TopicsAfterIngestTest {

    @Test
    void aNewInterviewsSectionIsListedWithItsQuotesAsSoonAsItIsStored() throws Exception {
        Path folder = TestArchives.newDataDir("topics-after-ingest-files");
        write(folder, "first.txt", "Rivers of data");
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("topics-after-ingest"),
                List.of(folder))) {
            Http http = archive.http();
            assertThat(sections(http)).containsExactly("Rivers of data");
            assertThat(http.html("/topics").select(".topic-list a").eachText()).contains("Rivers of data");

            write(folder, "second.txt", "Gardens of models");
            archive.bean(IngestService.class).ingest(List.of(folder.resolve("second.txt")));

            assertThat(sections(http)).containsExactlyInAnyOrder("Rivers of data", "Gardens of models");
            assertThat(http.html("/topics").select(".topic-list a").eachText()).contains("Gardens of models");
            JsonNode garden = http.json("/api/topics").valueStream()
                    .filter(topic -> topic.get("label").asString().equals("Gardens of models")).findFirst().orElseThrow();
            assertThat(garden.get("quotes").asInt()).isEqualTo(6);
        }
    }

    private static List<String> sections(Http http) {
        List<String> labels = new ArrayList<>();
        for (JsonNode topic : http.json("/api/topics")) {
            if (topic.get("kind").asString().equals("SECTION")) {
                labels.add(topic.get("label").asString());
            }
        }
        return labels;
    }

    private static void write(Path folder, String name, String section) throws Exception {
        Random random = new Random(name.hashCode());
        StringBuilder text = new StringBuilder("# " + name + "\n\n## " + section + "\n\n");
        for (int turn = 0; turn < 6; turn++) {
            text.append(turn % 2 == 0 ? "Ann Lee" : "Bo Chen").append(": ")
                    .append(GeneratedTranscripts.sentences(random, 2)).append("\n\n");
        }
        Files.writeString(folder.resolve(name), text);
    }
}
