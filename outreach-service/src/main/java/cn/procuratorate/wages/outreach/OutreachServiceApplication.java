package cn.procuratorate.wages.outreach;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;

/**
 * Legal publicity, procuratorial suggestions, detection of systemic problems from case and petition figures,
 * and the exchange of wage-arrears information with partner agencies.
 */
@SpringBootApplication
@EnableFeignClients
public class OutreachServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(OutreachServiceApplication.class, args);
    }
}
