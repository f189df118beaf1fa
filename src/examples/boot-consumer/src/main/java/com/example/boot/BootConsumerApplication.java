package com.example.boot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A Spring Boot 4 application with the generated Close client as a bean ({@link CloseConfiguration}). */
@SpringBootApplication
public class BootConsumerApplication {

  public static void main(String[] args) {
    SpringApplication.run(BootConsumerApplication.class, args);
  }
}
