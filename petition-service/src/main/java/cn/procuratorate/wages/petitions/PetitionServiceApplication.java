package cn.procuratorate.wages.petitions;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.cloud.openfeign.EnableFeignClients;

/** Letters, visits, hotline and online complaints, their replies and deadlines, and their routing into cases. */
@SpringBootApplication
@EnableFeignClients
public class PetitionServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PetitionServiceApplication.class, args);
    }
}
