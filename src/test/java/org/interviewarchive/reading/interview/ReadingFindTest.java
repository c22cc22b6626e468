package org.interviewarchive.reading.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.interviewarchive.reading.interview.SmallInterview.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interviewarchive.search.InterviewFind;
import org.junit.jupiter.api.Test;

/** "Find in this interview" in a reading view: the matches marked in place, numbered, with steps between them. */
class ReadingFindTest {

    private final SmallInterview interview = new SmallInterview();
    private final Map<String, InterviewFind.Found> found = new LinkedHashMap<>();

    ReadingFindTest() {
        found.put("q5", new InterviewFind.Found("为什么要做<mark>蒸馏</mark>？", null));
        found.put("q6", new InterviewFind.Found("<mark>蒸馏</mark>让小模型变强。", null));
    }

    @Test
    void eachMatchIsMarkedAndNumberedWithLinksToTheOnesBeforeAndAfter() {
        Reading reading = interview.read(query(List.of(), List.of(), "蒸馏"), found);

        List<Reading.Line> lines = reading.parts().get(2).lines();
        assertThat(lines).extracting(line -> line.marked().number()).containsExactly(1, 2);
        assertThat(lines.getFirst().marked().text()).isEqualTo("为什么要做<mark>蒸馏</mark>？");
        assertThat(lines.getFirst().marked().previous()).isNull();
        assertThat(lines.getFirst().marked().next()).isEqualTo("#q-q6");
        assertThat(lines.getLast().marked().previous()).isEqualTo("#q-q5");
        assertThat(reading.parts().get(1).lines()).allSatisfy(line -> assertThat(line.marked()).isNull());
        assertThat(reading.find()).isEqualTo(new Reading.Find("蒸馏", 2, 2, "#q-q5", "/interviews/small"));
    }

    @Test
    void matchesAFilterHidesAreCountedButNotShown() {
        Reading reading = interview.read(query(List.of("bo-guest"), List.of(), "蒸馏"), found);

        assertThat(reading.find().matches()).isEqualTo(2);
        assertThat(reading.find().shown()).isEqualTo(1);
        assertThat(reading.find().first()).isEqualTo("#q-q6");
        assertThat(reading.find().clearUrl()).isEqualTo("/interviews/small?speaker=bo-guest");
        Reading.Line shownMatch = reading.parts().getLast().lines().getLast();
        assertThat(shownMatch.marked().number()).isEqualTo(1);
        assertThat(shownMatch.marked().previous()).isNull();
        assertThat(shownMatch.marked().next()).isNull();
    }
}
