package org.interviewarchive.search;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.interviewarchive.config.ArchiveProperties;
import org.interviewarchive.speaker.SpeakerService;
import org.interviewarchive.topic.TopicService;
import org.interviewarchive.topic.TopicTerm;

/** Search indexes on disk for tests, without search by meaning. */
final class TestIndexes {

    private TestIndexes() {
    }

    /** An index under the data directory holding the quotes given, the archive at the revision given. */
    static SearchIndex of(Path dataDir, long revision, IndexedQuote... quotes) throws Exception {
        SearchIndex index = new SearchIndex(new ArchiveProperties(dataDir, null, null, null, null, null, null, null,
                new ArchiveProperties.Semantic(false, 1, 1)));
        index.rebuild(Stream.of(quotes), revision);
        return index;
    }

    /** The queries of an index whose vocabulary is the terms given and whose speakers have no other names. */
    static SearchQueries queries(SearchIndex index, TopicTerm... vocabulary) {
        TopicService topics = mock(TopicService.class);
        when(topics.terms()).thenReturn(List.of(vocabulary));
        return new SearchQueries(index, mock(SpeakerService.class), topics);
    }
}
