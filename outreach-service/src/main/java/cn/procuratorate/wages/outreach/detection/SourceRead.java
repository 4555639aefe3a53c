package cn.procuratorate.wages.outreach.detection;

import java.util.Optional;

/**
 * What one source gave: its figures, or why there are none ("HTTP 503", "timeout", "circuit breaker open").
 *
 * @param figures null when the source could not be read
 */
record SourceRead<T>(T figures, String failure) {

    static <T> SourceRead<T> read(T figures) {
        return new SourceRead<>(figures, null);
    }

    static <T> SourceRead<T> failed(String failure) {
        return new SourceRead<>(null, failure);
    }

    Optional<T> result() {
        return Optional.ofNullable(figures);
    }
}
