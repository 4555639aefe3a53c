package cn.procuratorate.wages.outreach.detection;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The rules' thresholds from configuration, each one falling back to the default its rule names and explains:
 * <pre>
 * outreach.detection.repeat-employers.min-occurrences      3    the outreach issue
 * outreach.detection.rising-arrears.min-count              5    design choice
 * outreach.detection.rising-arrears.min-ratio            1.5    design choice
 * outreach.detection.contractor-concentration.min-cases    5    design choice
 * outreach.detection.seasonal-surge.days-before-new-year  60    petition-service's surge period
 * outreach.detection.seasonal-surge.min-ratio            1.5    design choice
 * outreach.detection.seasonal-surge.min-count              5    design choice
 * outreach.detection.seasonal-surge.min-other-months       6    design choice
 * </pre>
 * A value a rule refuses stops the start-up.
 */
@Configuration(proxyBeanMethods = false)
class DetectionConfiguration {

    static final String PREFIX = "outreach.detection.";

    @Bean
    Detection detection(Environment environment) {
        return new Detection(settings(environment));
    }

    static DetectionSettings settings(Environment environment) {
        Binder binder = Binder.get(environment);
        return new DetectionSettings(
                new RepeatEmployers.Settings(number(binder, "repeat-employers.min-occurrences",
                        RepeatEmployers.DEFAULT_MIN_OCCURRENCES)),
                new RisingArrears.Settings(number(binder, "rising-arrears.min-count", RisingArrears.DEFAULT_MIN_COUNT),
                        ratio(binder, "rising-arrears.min-ratio", RisingArrears.DEFAULT_MIN_RATIO)),
                new ContractorConcentration.Settings(number(binder, "contractor-concentration.min-cases",
                        ContractorConcentration.DEFAULT_MIN_CASES)),
                new SeasonalSurge.Settings(
                        number(binder, "seasonal-surge.days-before-new-year", SeasonalSurge.DEFAULT_DAYS_BEFORE_NEW_YEAR),
                        ratio(binder, "seasonal-surge.min-ratio", SeasonalSurge.DEFAULT_MIN_RATIO),
                        number(binder, "seasonal-surge.min-count", SeasonalSurge.DEFAULT_MIN_COUNT),
                        number(binder, "seasonal-surge.min-other-months", SeasonalSurge.DEFAULT_MIN_OTHER_MONTHS)));
    }

    private static int number(Binder binder, String name, int fallback) {
        return binder.bind(PREFIX + name, Integer.class).orElse(fallback);
    }

    private static BigDecimal ratio(Binder binder, String name, BigDecimal fallback) {
        return binder.bind(PREFIX + name, BigDecimal.class).orElse(fallback);
    }
}
