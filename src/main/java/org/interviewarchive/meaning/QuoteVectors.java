package org.interviewarchive.meaning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interviewarchive.quote.QuoteView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored vectors of quotes, as the search index reads them. */
@Service
public class QuoteVectors {

    private final QuoteVectorRepository vectors;

    QuoteVectors(QuoteVectorRepository vectors) {
        this.vectors = vectors;
    }

    /** The vectors of those quotes that have one computed by the current model from their current words. */
    @Transactional(readOnly = true)
    public Map<String, float[]> of(List<QuoteView> quotes) {
        Map<String, String> hashes = new HashMap<>();
        quotes.forEach(quote -> hashes.put(quote.id(), VectorText.of(quote).hash()));
        Map<String, float[]> found = new HashMap<>();
        for (QuoteVector stored : vectors.findByQuoteIdIn(hashes.keySet())) {
            if (stored.current(Embedder.MODEL, hashes.get(stored.quoteId()))) {
                found.put(stored.quoteId(), stored.vector());
            }
        }
        return found;
    }

    /** How many vectors of the current model the database holds. */
    @Transactional(readOnly = true)
    public long count() {
        return vectors.countByModel(Embedder.MODEL);
    }
}
