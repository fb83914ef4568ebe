package be.vierdepijler.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, one connection per request: what a hostile client sends and {@link ApiClient} (the
 * JDK's client) refuses to, such as a request target with {@code %ZZ}, {@code ..} or raw unicode, header values with
 * CR LF, no {@code Content-Type} at all or a {@code Content-Length} the JDK would set itself. The request line and
 * headers go out byte for byte as given; the answer is read to the end (the request asks {@code Connection: close})
 * and de-chunked. No answer (refused, reset, timed out) is status 0, as in {@link ApiClient}.
 */
public final class RawHttp {

    private final String host;
    private final int port;
    private final int timeoutMillis;

    public RawHttp(String base, int timeoutMillis) {
        URI uri = URI.create(base);
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 80 : uri.getPort();
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Sends {@code method target HTTP/1.1} with these headers (in order; {@code Host}, {@code Connection: close} and,
     * when there is a body and none is given, {@code Content-Length} are added) and the body.
     */
    public ApiClient.Answer send(String method, String target, List<String[]> headers, byte[] body) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        StringBuilder lines = new StringBuilder();
        lines.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        lines.append("Host: ").append(host).append(':').append(port).append("\r\n");
        boolean hasLength = false;
        for (String[] header : headers) {
            hasLength |= header[0].equalsIgnoreCase("Content-Length");
            lines.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        if (!hasLength && (body != null || !method.equals("GET") && !method.equals("DELETE"))) {
            lines.append("Content-Length: ").append(body == null ? 0 : body.length).append("\r\n");
        }
        lines.append("Connection: close\r\n\r\n");
        head.writeBytes(lines.toString().getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 5000);
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(head.toByteArray());
            if (body != null) {
                try {
                    out.write(body);
                } catch (IOException e) {
                    // The server may answer (413, 400) and close before it read all of a huge body: read that answer.
                }
            }
            out.flush();
            return parse(readAll(socket.getInputStream()));
        } catch (IOException e) {
            return new ApiClient.Answer(0, Map.of(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException e) {
            if (all.size() == 0) {
                throw e;
            }
            // Reset after the answer was sent (the server did not read the rest of our body): keep the answer.
        }
        return all.toByteArray();
    }

    /** Parses one HTTP/1.1 answer; status 0 when it is not one. */
    static ApiClient.Answer parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0) {
            return new ApiClient.Answer(0, Map.of(), "no complete answer: "
                    + new String(raw, 0, Math.min(raw.length, 200), StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        int status;
        try {
            status = Integer.parseInt(statusLine[1]);
        } catch (RuntimeException e) {
            return new ApiClient.Answer(0, Map.of(), "not an HTTP answer: " + lines[0]);
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.computeIfAbsent(lines[i].substring(0, colon).trim(), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        List<String> encoding = headers.get("Transfer-Encoding");
        if (encoding != null && encoding.stream().anyMatch(v -> v.toLowerCase().contains("chunked"))) {
            body = dechunk(body);
        }
        return new ApiClient.Answer(status, new LinkedHashMap<>(headers), new String(body, StandardCharsets.UTF_8));
    }

    static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < body.length) {
            int lineEnd = indexOf(body, new byte[] {'\r', '\n'}, at);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1);
            int semicolon = sizeText.indexOf(';');
            int size;
            try {
                size = Integer.parseInt((semicolon < 0 ? sizeText : sizeText.substring(0, semicolon)).trim(), 16);
            } catch (NumberFormatException e) {
                break;
            }
            if (size == 0) {
                break;
            }
            int from = lineEnd + 2;
            int to = Math.min(body.length, from + size);
            out.write(body, from, to - from);
            at = to + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
