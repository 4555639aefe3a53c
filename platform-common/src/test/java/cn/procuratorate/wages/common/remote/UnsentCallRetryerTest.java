package cn.procuratorate.wages.common.remote;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnsentCallRetryerTest {

    private static final Request REQUEST = Request.create(Request.HttpMethod.POST,
            "http://case-service/api/cases/from-petition/1", Map.of(), null, StandardCharsets.UTF_8, null);

    @Test
    void aRefusedConnectionIsTriedTwiceMorePerCall() {
        Retryer retryer = new UnsentCallRetryer().clone();

        for (int i = 0; i < 2; i++) {
            assertThatCode(() -> retryer.continueOrPropagate(failure(new ConnectException("Connection refused"))))
                    .doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> retryer.continueOrPropagate(failure(new ConnectException("Connection refused"))))
                .isInstanceOf(RetryableException.class);
        // The next call starts with its own count.
        assertThatCode(() -> retryer.clone().continueOrPropagate(failure(new ConnectException("refused"))))
                .doesNotThrowAnyException();
    }

    @Test
    void aCallThatMayHaveArrivedIsNeverRetried() {
        Retryer retryer = new UnsentCallRetryer().clone();

        assertThatThrownBy(() -> retryer.continueOrPropagate(failure(new SocketTimeoutException("Read timed out"))))
                .isInstanceOf(RetryableException.class);
        assertThatThrownBy(() -> retryer.continueOrPropagate(failure(new java.io.IOException("Connection reset"))))
                .isInstanceOf(RetryableException.class);
    }

    private static RetryableException failure(Throwable cause) {
        return new RetryableException(-1, cause.getMessage(), Request.HttpMethod.POST, cause, (Long) null, REQUEST);
    }
}
