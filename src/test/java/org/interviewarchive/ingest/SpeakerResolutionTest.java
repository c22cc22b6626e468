package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.StorageTest;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Labels become people by one rule: the registry's names and aliases, and role words that end where a word ends; an
 * edited registry applies to the next ingest without a restart.
 */
@StorageTest
class SpeakerResolutionTest {

    private static final String TRANSCRIPT = """
            # 一次访谈

            **主持人Ann Host：** 欢迎 Hostetler 先生来到节目，今天我们聊聊模型训练的事情，也聊聊数据和评测。

            **Hostetler：** 谢谢邀请，我很高兴来到这里，和大家聊一聊我们团队这几年的工作和体会。

            **主持人：** 那我们就从预训练开始说起吧，这部分最近有什么变化？

            **Hostetler：** 预训练的数据越来越多，我们也在不断改进方法和评测，还要让模型更快更便宜。

            **主持人：** 最后一个问题，您对未来有什么期待？

            **Bobby：** 我插一句，我觉得未来几年会非常有意思，值得期待。

            **Hostetler：** 我同意，最让我期待的是模型能真正帮助科学研究。

            **Bobby：** 谢谢两位，今天就聊到这里。
            """;

    @Test
    void aNameThatBeginsWithARoleWordIsAPersonAndABareRoleWordIsTheHost() throws Exception {
        Path folder = transcript("roles");
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("roles"), List.of(folder))) {
            JsonNode speakers = interview(archive).get("speakers");

            assertThat(names(speakers)).containsExactly("Ann Host", "Hostetler", "Bobby");
            assertThat(speakers.get(0).get("role").asString()).isEqualTo("HOST");
            assertThat(speakers.get(0).get("turns").asInt()).isEqualTo(3);
            assertThat(speakers.get(1).get("role").asString()).isEqualTo("GUEST");
        }
    }

    @Test
    void anAliasAddedToTheRegistryResolvesTheLabelAtTheNextIngest() throws Exception {
        Path folder = transcript("registry");
        Path registry = folder.resolve("speakers.yml");
        Files.writeString(registry, "speakers:\n  - name: Robert Roe\n");
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("registry"), List.of(folder),
                "archive.speaker-registry=" + registry)) {
            assertThat(names(interview(archive).get("speakers"))).contains("Bobby").doesNotContain("Robert Roe");

            Files.writeString(registry, "speakers:\n  - name: Robert Roe\n    aliases: [Bobby]\n");
            Files.setLastModifiedTime(registry, FileTime.from(Instant.now().plusSeconds(5)));
            List<IngestResult> again = archive.bean(IngestService.class).ingest(List.of(folder));

            assertThat(again).singleElement().isInstanceOf(IngestResult.Stored.class);
            assertThat(names(interview(archive).get("speakers"))).contains("Robert Roe").doesNotContain("Bobby");
            assertThat(archive.http().json("/api/speakers/robert-roe").get("speaker").get("aliases").get(0).asString())
                    .isEqualTo("Bobby");
        }
    }

    private static Path transcript(String name) throws Exception {
        Path folder = TestArchives.newDataDir(name + "-transcripts");
        Files.writeString(folder.resolve("interview.md"), TRANSCRIPT);
        return folder;
    }

    private static JsonNode interview(RunningArchive archive) {
        String slug = archive.http().json("/api/interviews").get(0).get("slug").asString();
        return archive.http().json("/api/interviews/" + slug);
    }

    private static List<String> names(JsonNode speakers) {
        return speakers.valueStream().map(speaker -> speaker.get("name").asString()).toList();
    }
}
