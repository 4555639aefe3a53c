package cn.procuratorate.wages.console;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The web console: staff pages under {@code /console}, public pages under {@code /public}, both rendered on the
 * server and reached through the gateway. It holds no data: every page calls the gateway's {@code /api/**}.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ConsoleApplication {

    public static void main(String[] args) {
        SpringApplication.run(ConsoleApplication.class, args);
    }
}
