package io.tributary.serving.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The load generator's HTTP client: one persistent HTTP/1.1 connection, used by one thread at a time, blocking
 * reads and writes, nothing else. A benchmark client should add as little of its own latency as it can: no selector
 * thread shared by all connections, no per-request futures, and a new TCP connection only when the server closed
 * the last one (then the request is sent once more on a fresh connection; GET is idempotent, and the time of the
 * retry is charged to the request).
 */
final class KeepAliveHttp implements Closeable {
    private static final int TIMEOUT_MS = 30_000;
    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private volatile int connects;
    private final byte[] buf = new byte[8192];

    KeepAliveHttp(URI base) {
        this.host = base.getHost();
        this.port = base.getPort();
    }

    /** Sends {@code GET pathAndQuery} and reads the whole answer; returns the status code. */
    int get(String pathAndQuery) throws IOException {
        return get(pathAndQuery, null);
    }

    /** The body of a 200 answer to {@code GET path}. */
    String getBody(String path) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int code = get(path, body);
        if (code != 200) {
            throw new IOException("GET " + path + ": status " + code);
        }
        return body.toString(StandardCharsets.UTF_8);
    }

    private int get(String pathAndQuery, ByteArrayOutputStream body) throws IOException {
        byte[] request = ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: " + host + ":" + port
            + "\r\nAccept: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        boolean reused = socket != null;
        try {
            return exchange(request, body);
        } catch (IOException e) {
            close();
            if (!reused) {
                throw e;
            }
            if (body != null) {
                body.reset();
            }
            return exchange(request, body); // the server had closed the idle connection: once more on a new one
        }
    }

    /** How many TCP connections this client opened. */
    int connects() {
        return connects;
    }

    private int exchange(byte[] request, ByteArrayOutputStream body) throws IOException {
        if (socket == null) {
            connect();
        }
        out.write(request);
        out.flush();
        String status = line();
        if (status.length() < 12 || !status.startsWith("HTTP/1.1 ")) {
            throw new IOException("not an HTTP/1.1 status line: " + status);
        }
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String h = line(); !h.isEmpty(); h = line()) {
            String lower = h.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Long.parseLong(lower.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                close = true;
            }
        }
        if (chunked) {
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                read(size, body);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            read(length, body);
        } else {
            close = true; // no length: the body ends with the connection
            for (int c = in.read(); c >= 0; c = in.read()) {
                if (body != null) {
                    body.write(c);
                }
            }
        }
        if (close) {
            close();
        }
        return code;
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.setSoTimeout(TIMEOUT_MS);
        s.connect(new InetSocketAddress(host, port), TIMEOUT_MS);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        out = s.getOutputStream();
        connects++;
    }

    private long chunkSize() throws IOException {
        String l = line();
        int semi = l.indexOf(';');
        return Long.parseLong((semi < 0 ? l : l.substring(0, semi)).trim(), 16);
    }

    /** Reads n bytes of body into {@code body}, or skips them when it is null. */
    private void read(long n, ByteArrayOutputStream body) throws IOException {
        long left = n;
        while (left > 0) {
            int got = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (got < 0) {
                throw new EOFException("connection closed inside a body");
            }
            if (body != null) {
                body.write(buf, 0, got);
            }
            left -= got;
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (c != '\r') {
                b.write(c);
            }
        }
        return b.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing to do: the connection is gone either way
            }
            socket = null;
        }
    }
}
