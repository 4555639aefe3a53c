package cn.procuratorate.wages.common.web;

import cn.procuratorate.wages.common.problem.ProblemKind;
import cn.procuratorate.wages.common.problem.ProblemResponder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code platform.web.max-request-body} with 413, also for calls that bypass the
 * gateway (which has the same limit): Tomcat limits form posts only, not JSON. A declared Content-Length is checked
 * before anything is read; a chunked body is counted while it is read and fails as soon as it passes the limit.
 */
public class RequestBodyLimitFilter extends OncePerRequestFilter {

    private final DataSize limit;
    private final ProblemResponder problems;

    public RequestBodyLimitFilter(DataSize limit, ProblemResponder problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
            problems.write(request, response, ProblemKind.PAYLOAD_TOO_LARGE, "problem.detail.payload-too-large",
                    readable(limit));
            return;
        }
        chain.doFilter(declared >= 0 ? request : new CountingRequest(request, limit.toBytes()), response);
    }

    /** "2 MB", "512 KB": the limit as a person reads it. */
    public static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        return bytes >= 1024 ? size.toKilobytes() + " KB" : bytes + " B";
    }

    /** Thrown while a body without Content-Length is read past the limit; the problem handler answers 413. */
    public static final class BodyTooLargeException extends IOException {

        private final DataSize limit;

        BodyTooLargeException(DataSize limit) {
            super("Request body over " + limit);
            this.limit = limit;
        }

        public DataSize limit() {
            return limit;
        }
    }

    private static final class CountingRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream counted;

        CountingRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (counted == null) {
                counted = new CountingStream(super.getInputStream(), maxBytes);
            }
            return counted;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream delegate;
        private final long maxBytes;
        private long read;

        CountingStream(ServletInputStream delegate, long maxBytes) {
            this.delegate = delegate;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = delegate.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new BodyTooLargeException(DataSize.ofBytes(maxBytes));
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
