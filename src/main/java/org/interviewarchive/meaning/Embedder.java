package org.interviewarchive.meaning;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.List;
import org.interviewarchive.config.ArchiveProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The embedding model, run inside the JVM: text to a unit vector of {@link #DIMENSIONS} numbers whose dot product with
 * another is their similarity of meaning. Loaded on first use, and never when semantic search is off.
 */
@Component
public class Embedder {

    /** Recorded with every stored vector, so that a change of model recomputes them. */
    public static final String MODEL = "bge-small-zh-v1.5-q";
    public static final int DIMENSIONS = 512;

    private static final Logger log = LoggerFactory.getLogger(Embedder.class);

    private final boolean enabled;
    private volatile EmbeddingModel model;

    Embedder(ArchiveProperties properties) {
        this.enabled = properties.semantic().enabled();
    }

    public boolean enabled() {
        return enabled;
    }

    public float[] embed(String text) {
        return model().embed(text).content().vector();
    }

    public List<float[]> embedAll(List<String> texts) {
        return model().embedAll(texts.stream().map(TextSegment::from).toList()).content().stream()
                .map(embedding -> embedding.vector())
                .toList();
    }

    private EmbeddingModel model() {
        if (!enabled) {
            throw new IllegalStateException("Semantic search is off (archive.semantic.enabled=false)");
        }
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    long start = System.nanoTime();
                    // On the caller's thread: the background worker stays on one core, a page on its own request.
                    loaded = new BgeSmallZhV15QuantizedEmbeddingModel(Runnable::run);
                    model = loaded;
                    log.info("Embedding model {} loaded in {} ms", MODEL, (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return loaded;
    }
}
