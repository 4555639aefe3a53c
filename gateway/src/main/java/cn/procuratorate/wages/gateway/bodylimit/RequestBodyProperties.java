package cn.procuratorate.wages.gateway.bodylimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code gateway.request-body.max-size}: the largest request body passed on to a service (env GATEWAY_MAX_BODY_SIZE). */
@ConfigurationProperties("gateway.request-body")
public record RequestBodyProperties(@DefaultValue("2MB") DataSize maxSize) {

    /** The limit as a person would write it ("2MB", "512KB"), for the 413 detail; DataSize prints bytes. */
    public String maxSizeText() {
        long bytes = maxSize.toBytes();
        long mb = DataSize.ofMegabytes(1).toBytes();
        long kb = DataSize.ofKilobytes(1).toBytes();
        if (bytes >= mb && bytes % mb == 0) {
            return bytes / mb + "MB";
        }
        if (bytes >= kb && bytes % kb == 0) {
            return bytes / kb + "KB";
        }
        return bytes + "B";
    }
}
