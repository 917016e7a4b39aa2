package io.pactum.competency;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** competency-service: the workforce directory (and, with its own issue, competencies and gap analysis). */
@SpringBootApplication
public class CompetencyServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CompetencyServiceApplication.class, args);
    }
}
