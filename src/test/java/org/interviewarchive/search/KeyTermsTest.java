package org.interviewarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.interviewarchive.support.RunningArchive;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Every interview gets its ten most distinctive words, even one no vocabulary knows anything about. */
class KeyTermsTest {

    private static final String COOKING = """
            # 与主厨对话：发酵、火候与一碗好汤

            **主持人：** 欢迎来到节目。今天我们聊聊发酵和高汤，你是怎么开始研究发酵的？

            **林师傅：** 我小时候在外婆家看她做豆瓣酱，发酵的味道让我着迷。后来我在餐厅里做高汤，发现发酵和火候是同一件事的两面。

            **主持人：** 高汤要熬多久？火候怎么控制？

            **林师傅：** 高汤要小火慢熬八个小时，火候太大汤就浑了。骨头要先焯水，再加入昆布和香菇，鲜味才会层层叠加。

            **主持人：** 发酵呢？豆瓣酱和味噌有什么不同？

            **林师傅：** 豆瓣酱用蚕豆和辣椒发酵，味噌用黄豆和米曲。两者都靠时间，发酵越久，鲜味越深，颜色越暗。

            **主持人：** 最后给想在家里做高汤的听众一个建议吧。

            **林师傅：** 不要着急。火候、时间、耐心，一碗好汤没有捷径。昆布、香菇、骨头，各取所长。
            """;

    @Test
    void aTranscriptWithNoVocabularyEntryGetsTenKeyTermsThatAreWords() throws Exception {
        Path folder = TestArchives.newDataDir("key-terms-files");
        Files.writeString(folder.resolve("cooking.md"), COOKING);
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("key-terms"),
                List.of(Path.of("seeds"), folder))) {
            String slug = null;
            for (JsonNode interview : archive.http().json("/api/interviews")) {
                if (interview.get("sourceFile").asString().equals("cooking.md")) {
                    slug = interview.get("slug").asString();
                }
            }
            List<String> terms = new ArrayList<>();
            archive.http().json("/api/interviews/" + slug + "/key-terms").forEach(term -> terms.add(term.asString()));

            assertThat(terms).hasSize(10).doesNotHaveDuplicates();
            assertThat(terms).contains("发酵", "高汤", "火候");
            assertThat(terms).allMatch(term -> term.codePoints().allMatch(Character::isLetterOrDigit))
                    .noneMatch(term -> List.of("我们", "什么", "怎么", "一个", "就是", "主持人").contains(term));
        }
    }

    @Test
    void theSeedsKeyTermsTellThemApart() throws Exception {
        try (RunningArchive archive = RunningArchive.start(TestArchives.newDataDir("key-terms-seeds"),
                List.of(Path.of("seeds")))) {
            List<String> article = new ArrayList<>();
            archive.http().json("/api/interviews/2025-12-22-gemini-leads-pro-distills-flash/key-terms")
                    .forEach(term -> article.add(term.asString()));
            assertThat(article).hasSize(10).contains("蒸馏");
        }
    }
}
