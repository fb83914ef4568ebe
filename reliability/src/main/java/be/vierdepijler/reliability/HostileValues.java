package be.vierdepijler.reliability;

import java.util.List;

/**
 * The hostile values, as raw JSON text (so that a body can hold what no JSON library writes: {@code 1e100000}, a lone
 * {@code \ud800}, a NUL as {@code \u0000}) and as text for paths, query parameters and headers. Each list is one class
 * of attack; {@link HostileCases} takes from them in turn with a fixed seed. None of them contains a marker
 * {@link LeakDetector} looks for, so that an answer echoing a value back is never taken for a leak
 * ({@code LeakDetectorTest} holds that).
 */
public final class HostileValues {

    private HostileValues() {
    }

    /** A value of a class of attack: its name (in the report) and its raw JSON. */
    public record Value(String name, String json) {
    }

    /** The 100 KB string, and the few-MB body's filler. */
    public static String repeat(char c, int times) {
        return String.valueOf(c).repeat(times);
    }

    public static final int HUGE_STRING = 100 * 1024;
    public static final int HUGE_BODY = 3 * 1024 * 1024;

    public static final List<Value> WRONG_TYPES = List.of(
            new Value("type-object", "{}"),
            new Value("type-array", "[]"),
            new Value("type-array-of-objects", "[{\"a\":1},{\"b\":[2]}]"),
            new Value("type-true", "true"),
            new Value("type-null", "null"),
            new Value("type-number", "12345"),
            new Value("type-string", "\"not-what-you-expect\""));

    public static final List<Value> STRINGS = List.of(
            new Value("huge-string-100k", "\"" + repeat('A', HUGE_STRING) + "\""),
            new Value("empty-string", "\"\""),
            new Value("blank-string", "\"   \\t  \""),
            new Value("rtl-override", "\"\\u202Eevil\\u202C gnp.exe \\u05e9\\u05dc\\u05d5\\u05dd\""),
            new Value("arabic", "\"\u0645\u0631\u062d\u0628\u0627 \u0628\u0643\u0645\""),
            new Value("emoji", "\"\uD83D\uDE00\uD83D\uDC4D\uD83C\uDFFD\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"
                    + "\uD83C\uDDE7\uD83C\uDDEA\""),
            new Value("combining-marks", "\"Z\u0351\u0352\u0353\u0354\u0355\u0356\u0357\u0358\u0359\u035a"
                    + "a\u0300\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308\""),
            new Value("nul-escape", "\"a\\u0000b\""),
            new Value("unpaired-high-surrogate", "\"x\\ud800y\""),
            new Value("unpaired-low-surrogate", "\"\\udfff\""),
            new Value("control-chars", "\"\\u0001\\u0007\\u001b[31m\\u007f\""),
            new Value("sql-quote", "\"' OR '1'='1\""),
            new Value("sql-drop", "\"1; DROP TABLE APP_USER; --\""),
            new Value("sql-union", "\"x' UNION SELECT USERNAME, PASSWORD_HASH FROM APP_USER --\""),
            new Value("jpql", "\"') OR 1=1 OR LOWER(n.lastName) LIKE ('%\""),
            new Value("like-wildcards", "\"%_%\\\\\""),
            new Value("html-script", "\"<script>alert(1)</script>\""),
            new Value("html-img", "\"<img src=x onerror=alert(document.cookie)>\""),
            new Value("path-traversal", "\"../../../../etc/passwd\""),
            new Value("path-traversal-encoded", "\"..%2f..%2f..%2fetc%2fpasswd\""),
            new Value("crlf", "\"a\\r\\nSet-Cookie: injected=1\\r\\n\\r\\n<html>\""),
            new Value("ldap", "\"*)(uid=*))(|(uid=*\""),
            new Value("format-string", "\"%s%s%s%n%x%d%99999999s\""),
            new Value("jndi", "\"${jndi:ldap://127.0.0.1:1/a}\""),
            new Value("expression", "\"${7*7}#{7*7}{{7*7}}\""),
            new Value("csv-formula", "\"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\""));

    public static final List<Value> NUMBERS = List.of(
            new Value("1e100000", "1e100000"),
            new Value("-1e100000", "-1e100000"),
            new Value("1e-100000", "1e-100000"),
            new Value("minus-one", "-1"),
            new Value("zero", "0"),
            new Value("2^63", "9223372036854775808"),
            new Value("-2^63-1", "-9223372036854775809"),
            new Value("2^31", "2147483648"),
            new Value("huge-decimal", "123456789012345678901234567890.123456789"),
            new Value("tiny", "0.0000001"),
            new Value("fraction", "1.5"),
            new Value("nan-string", "\"NaN\""),
            new Value("infinity-string", "\"Infinity\""),
            new Value("number-as-string", "\"12\""),
            new Value("negative-zero", "-0.0"));

    public static final List<Value> DATES = List.of(
            new Value("year-0000", "\"0000-01-01\""),
            new Value("year-minus-0001", "\"-0001-01-01\""),
            new Value("year-plus-99999", "\"+99999-12-31\""),
            new Value("february-30", "\"2026-02-30\""),
            new Value("month-13", "\"2026-13-01\""),
            new Value("empty-date", "\"\""),
            new Value("date-time", "\"2026-03-02T10:15:30+01:00\""),
            new Value("no-padding", "\"2026-3-2\""),
            new Value("far-past", "\"1000-01-01\""),
            new Value("far-future", "\"9999-12-31\""),
            new Value("date-as-number", "20260302"));

    /** Values for a path parameter, already as they go on the request line (some deliberately malformed). */
    public static final List<Value> PATH = List.of(
            new Value("path-non-numeric", "abc"),
            new Value("path-negative", "-1"),
            new Value("path-zero", "0"),
            new Value("path-huge", "99999999999999999999999999"),
            new Value("path-long-max", "9223372036854775807"),
            new Value("path-bad-escape-%ZZ", "%ZZ"),
            new Value("path-dotdot", ".."),
            new Value("path-dotdot-encoded", "%2e%2e%2f%2e%2e"),
            new Value("path-unicode-encoded", "%E2%80%AE%D8%A7%F0%9F%98%80"),
            new Value("path-unicode-raw", "\u00fc\u0645\uD83D\uDE00"),
            new Value("path-nul", HostileCases.REAL_ID + "%00"),
            new Value("path-matrix", HostileCases.REAL_ID + ";jsessionid=x"),
            new Value("path-sql", HostileCases.REAL_ID + "'%20OR%20'1'='1"),
            new Value("path-template", "%7Bid%7D"),
            new Value("path-long-string", repeat('9', 4000)),
            new Value("path-fraction", "1.5"),
            new Value("path-backslash", "..%5c..%5cwindows"));

    /** Values for a query parameter, as they go on the request line. */
    public static final List<Value> QUERY = List.of(
            new Value("query-sql", "'%20OR%20'1'%3D'1"),
            new Value("query-bad-escape-%ZZ", "%ZZ"),
            new Value("query-negative", "-1"),
            new Value("query-huge-number", "99999999999999999999999"),
            new Value("query-long-string", repeat('x', 8000)),
            new Value("query-unicode", "%E2%80%AE%D8%A7%F0%9F%98%80"),
            new Value("query-nul", "a%00b"),
            new Value("query-surrogate-bytes", "%ED%A0%80"),
            new Value("query-html", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
            new Value("query-empty", ""),
            new Value("query-year-0000", "0000-01-01"),
            new Value("query-year-plus-99999", "%2B99999-12-31"),
            new Value("query-february-30", "2026-02-30"),
            new Value("query-nan", "NaN"),
            new Value("query-wildcards", "%25_%25"),
            new Value("query-traversal", "..%2F..%2Fetc%2Fpasswd"),
            new Value("query-crlf", "a%0D%0ASet-Cookie:%20x%3D1"));

    public static final List<Value> SORT = List.of(
            new Value("sort-sql", "name;DROP%20TABLE%20APP_USER"),
            new Value("sort-jpql", "name%20DESC,%20(SELECT%201)"),
            new Value("sort-unknown", "-password"),
            new Value("sort-dash", "--"),
            new Value("sort-many", repeat('a', 3000)));

    /** Malformed or surprising whole JSON bodies. */
    public static final List<Value> MALFORMED = List.of(
            new Value("json-open-brace", "{"),
            new Value("json-close-brace", "}"),
            new Value("json-missing-value", "{\"a\":}"),
            new Value("json-array", "[]"),
            new Value("json-null", "null"),
            new Value("json-string", "\"text\""),
            new Value("json-number", "42"),
            new Value("json-empty-body", ""),
            new Value("json-trailing-garbage", "{} x"),
            new Value("json-single-quotes", "{'a':1}"),
            new Value("json-comment", "/* c */ {}"),
            new Value("json-duplicate-keys", "{\"a\":1,\"a\":2}"),
            new Value("json-bare-nan", "{\"a\":NaN}"),
            new Value("json-unterminated-string", "{\"a\":\"abc"),
            new Value("json-bom", "\uFEFF{}"));
}
