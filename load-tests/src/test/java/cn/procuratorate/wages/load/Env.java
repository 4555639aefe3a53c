package cn.procuratorate.wages.load;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A simulation's settings, from its environment (the bench scripts set them). */
public final class Env {

    private final Map<String, String> env;

    public Env(Map<String, String> env) {
        this.env = env;
    }

    public static Env system() {
        return new Env(System.getenv());
    }

    public String required(String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank())
                .orElseThrow(() -> new IllegalStateException(name + " is not set (see bench/run.sh)"));
    }

    public int integer(String name, int fallback) {
        return Integer.parseInt(env.getOrDefault(name, String.valueOf(fallback)));
    }

    public double decimal(String name, double fallback) {
        return Double.parseDouble(env.getOrDefault(name, String.valueOf(fallback)));
    }

    public Duration seconds(String name, long fallback) {
        return Duration.ofSeconds(Long.parseLong(env.getOrDefault(name, String.valueOf(fallback))));
    }
}
