package org.interviewarchive.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.springframework.stereotype.Service;

/** How much each topic is talked about across the archive: its quotes and the interviews they are in. */
@Service
public class TopicCounts {

    private final SearchIndex index;
    private final SearchQueries queries;
    private final FacetOrdinals ordinals;

    TopicCounts(SearchIndex index, SearchQueries queries, FacetOrdinals ordinals) {
        this.index = index;
        this.queries = queries;
        this.ordinals = ordinals;
    }

    /** The usage of each topic slug given, in the order given; a slug that names no topic is left out. */
    public List<TopicUsage> usage(List<String> topicSlugs) {
        QueryTranslator translator = queries.translator();
        return index.withSearcher(searcher -> {
            List<TopicUsage> usage = new ArrayList<>();
            for (String slug : topicSlugs) {
                Query topic = translator.topic(slug);
                if (topic == null) {
                    continue;
                }
                HitCounts.Counted counted = searcher.search(topic, new HitCounts(ordinals.of(searcher)));
                List<String> interviews = counted.of(Dimension.INTERVIEW).stream()
                        .map(SearchResults.FacetValue::value).toList();
                usage.add(new TopicUsage(slug, counted.total(), interviews));
            }
            return usage;
        });
    }
}
