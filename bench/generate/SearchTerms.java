import be.vierdepijler.regions.offer.domain.DutchText;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * The offer search's terms of texts, computed by the application's own {@code DutchText} (Lucene's Dutch analysis,
 * docs/adr/0006), so that generated offers are found exactly as offers written through the API. Reads lines
 * {@code key<TAB>text} (psql's COPY text format: no tab or newline inside a text) and writes {@code key<TAB>term} for
 * every term of each text. Run with the EAR's lib/ on the class path:
 * {@code java -cp 'ear/target/vierdepijler/lib/*' bench/generate/SearchTerms.java < texts > terms}.
 */
public class SearchTerms {

    public static void main(String[] args) throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                String key = line.substring(0, tab);
                for (String term : DutchText.indexTerms(line.substring(tab + 1))) {
                    // a term is folded ASCII from Lucene's tokenizer: no tab, newline or backslash to escape
                    out.write(key);
                    out.write('\t');
                    out.write(term);
                    out.write('\n');
                }
            }
        }
    }
}
