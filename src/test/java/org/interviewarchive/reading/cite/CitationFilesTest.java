package org.interviewarchive.reading.cite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The BibTeX, RIS and CSL-JSON files parse, and say who wrote what: a retelling is the narrator's, notes their source's. */
class CitationFilesTest {

    private static final CitationLabels ENGLISH = CitationFixtures.labels(Locale.ENGLISH);
    private static final List<CitedWork> WORKS = List.of(CitationFixtures.direct(), CitationFixtures.retold(),
            CitationFixtures.notes(), CitationFixtures.translated(), CitationFixtures.interview());

    @Test
    void bibtexHasOneEntryPerWorkWithAuthorsDatesAndAddresses() {
        List<CitationFileParsers.BibEntry> entries = CitationFileParsers.bibtex(CitationFile.BIBTEX.write(WORKS, ENGLISH));

        assertThat(entries).extracting(CitationFileParsers.BibEntry::key)
                .containsExactly("q-abc", "q-xyz", "q-n0t", "q-k0r", "2025-12-22-gemini");
        Map<String, String> direct = entries.get(0).fields();
        assertThat(direct).containsEntry("author", "Dean, Jeff").containsEntry("date", "2025-12-22")
                .containsEntry("url", "https://archive.example/q/abc").containsEntry("urldate", "2026-12-03")
                .containsEntry("title", "{" + CitationFixtures.PRO_FLASH + "}");
        assertThat(entries.get(1).fields()).containsEntry("author", "{最佳拍档}")
                .containsEntry("note", "Sebastian Borgeaud's views as retold by 最佳拍档");
        assertThat(entries.get(2).fields()).containsEntry("author", "{Crazy Podcast}");
        assertThat(entries.get(4).fields().get("author")).isEqualTo("Dean, Jeff and Vinyals, Oriol and Shazeer, Noam");
    }

    @Test
    void bibtexEscapesWhatTexWouldRead() {
        CitedWork work = CitationFixtures.direct();
        CitedWork odd = new CitedWork(work.key(), true, work.authors(), List.of(), Attribution.OWN, null,
                "100% {AI} & R_D #1", null, null, work.url(), work.accessed(), "zh", work.words());

        assertThat(CitationFileParsers.bibtex(CitationFile.BIBTEX.write(List.of(odd), ENGLISH)).getFirst().fields())
                .containsEntry("title", "{100\\% \\{AI\\} \\& R\\_D \\#1}");
    }

    @Test
    void risHasOneRecordPerWork() {
        List<List<String[]>> records = CitationFileParsers.ris(CitationFile.RIS.write(WORKS, ENGLISH));

        assertThat(records).hasSize(5);
        assertThat(tags(records.get(0))).isEqualTo("TY=ELEC|ID=q-abc|AU=Dean, Jeff|A2=Kilpatrick, Logan|TI="
                + CitationFixtures.PRO_FLASH + "|T2=51CTO技术栈|PY=2025|DA=2025/12/22/|UR=https://archive.example/q/abc"
                + "|Y2=2026/12/03/|LA=zh|N1=Interview by Logan Kilpatrick|ER=");
        assertThat(tags(records.get(2))).contains("AU=Crazy Podcast|").doesNotContain("AU=Borgeaud");
        assertThat(tags(records.get(3))).contains("N1=Spoken in English");
    }

    @Test
    void cslJsonFollowsTheSchema() {
        JsonNode items = CitationFileParsers.cslJson(CitationFile.CSL_JSON.write(WORKS, ENGLISH));

        assertThat(items).hasSize(5);
        JsonNode direct = items.get(0);
        assertThat(direct.get("type").asString()).isEqualTo("interview");
        assertThat(direct.get("author").get(0).get("family").asString()).isEqualTo("Dean");
        assertThat(direct.get("interviewer").get(0).get("given").asString()).isEqualTo("Logan");
        assertThat(direct.get("issued").get("date-parts").get(0).toString()).isEqualTo("[2025,12,22]");
        assertThat(direct.get("accessed").get("date-parts").get(0).toString()).isEqualTo("[2026,12,3]");
        assertThat(items.get(1).get("type").asString()).isEqualTo("webpage");
        assertThat(items.get(1).get("author").get(0).get("literal").asString()).isEqualTo("最佳拍档");
        assertThat(items.get(2).get("author").get(0).get("literal").asString()).isEqualTo("Crazy Podcast");
    }

    private static String tags(List<String[]> record) {
        return record.stream().map(line -> line[0] + "=" + line[1]).collect(Collectors.joining("|"));
    }
}
