package be.vierdepijler.regions.offer.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch text as the offer search sees it, with Lucene's Dutch analysis: words split as Lucene's standard tokenizer
 * does, lower-cased, accents folded ({@code café} → {@code cafe}), Dutch stop words dropped, and each word reduced to
 * its Snowball stem ({@code fietsen} → {@code fiets}, {@code wandeling} and {@code wandelen} → {@code wandel}), with
 * the overrides of Lucene's {@code DutchAnalyzer} ({@code fiets} stays {@code fiets}). The same analysis serves the
 * offers' texts and the query, so both meet on the same terms. Thread-safe and stateless.
 *
 * <p>An offer's text becomes both its stems and its folded words: the stems match whole query words, the folded
 * words let the last query word match as a prefix while the user is still typing ({@code wandeli} →
 * {@code wandeling}). See docs/adr/0006.
 */
public final class DutchText {

    /** Longest term kept (the column's width); longer words are cut, in the texts and the queries alike. */
    public static final int MAX_TERM_LENGTH = 60;

    private static final CharArraySet STOP_WORDS = DutchAnalyzer.getDefaultStopSet();
    private static final StemmerOverrideFilter.StemmerOverrideMap OVERRIDES = overrides();
    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, STOP_WORDS);
            stream = new KeywordRepeatFilter(stream);
            stream = new StemmerOverrideFilter(stream, OVERRIDES);
            stream = new SnowballFilter(stream, new DutchStemmer());
            return new TokenStreamComponents(source, stream);
        }
    };

    private DutchText() {
    }

    /** One word of a query: its stem, and the folded word as typed. */
    public record Word(String stem, String folded) {
    }

    /**
     * What a search for {@code query} asks: every word must match; the last one as its stem or as a prefix of a
     * folded word.
     *
     * @param words the words of the query in order, stop words left out; empty when nothing is left to search for
     */
    public record Query(List<Word> words) {

        public Query {
            words = List.copyOf(words);
        }

        public boolean isEmpty() {
            return words.isEmpty();
        }
    }

    /** The terms under which texts are found: the stem and the folded form of every word that is no stop word. */
    public static Set<String> indexTerms(String... texts) {
        Set<String> terms = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null && !text.isBlank()) {
                analyse(text, (term, stemmed) -> terms.add(term));
            }
        }
        return terms;
    }

    /** The words of a search as the user typed it. */
    public static Query query(String text) {
        List<Word> words = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            List<String> folded = new ArrayList<>();
            List<String> stems = new ArrayList<>();
            // KeywordRepeatFilter gives each word twice: the unstemmed copy first, then the stemmed one.
            analyse(text, (term, stemmed) -> (stemmed ? stems : folded).add(term));
            for (int i = 0; i < folded.size(); i++) {
                words.add(new Word(stems.get(i), folded.get(i)));
            }
        }
        return new Query(words);
    }

    private interface TermSink {
        void accept(String term, boolean stemmed);
    }

    private static void analyse(String text, TermSink sink) {
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                String value = term.toString();
                if (value.length() > MAX_TERM_LENGTH) {
                    value = value.substring(0, MAX_TERM_LENGTH);
                }
                // the stemmed copy of a word stands at the same position as the word (increment 0)
                sink.accept(value, position.getPositionIncrement() == 0);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a string", e);
        }
    }

    /** The stem overrides of Lucene's DutchAnalyzer: words the Snowball stemmer would cut wrongly. */
    private static StemmerOverrideFilter.StemmerOverrideMap overrides() {
        StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
        Map.of("fiets", "fiets", "bromfiets", "bromfiets", "ei", "eier", "kind", "kinder")
                .forEach(builder::add);
        try {
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
