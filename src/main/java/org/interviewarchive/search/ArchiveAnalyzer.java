package org.interviewarchive.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * The one analyzer for quote text, at index and at query time: Traditional characters folded to Simplified before
 * segmentation (smartcn does not know Traditional words, so a filter after the tokenizer would be too late), smartcn's
 * word segmentation, lower case, stop words and punctuation out, and English words stemmed so {@code frontiers} finds
 * {@code frontier}.
 */
final class ArchiveAnalyzer extends Analyzer {

    private final SimplifiedFolding toSimplified = SimplifiedFolding.shared();
    private final CharArraySet stopWords;

    ArchiveAnalyzer() {
        CharArraySet stop = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), true);
        stop.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        this.stopWords = CharArraySet.unmodifiableSet(stop);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new StringReader(simplified(readAll(reader)));
    }

    /** Traditional to Simplified, character for character, so offsets still point into the original text. */
    String simplified(String text) {
        return toSimplified.fold(text);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new StopFilter(stream, stopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static String readAll(Reader reader) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[4096];
            for (int read; (read = reader.read(buffer)) != -1; ) {
                text.append(buffer, 0, read);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
