package cn.procuratorate.wages.petitions.demo;

import cn.procuratorate.wages.petitions.demo.PlannedPetition.Assignment;
import cn.procuratorate.wages.petitions.demo.PlannedPetition.Closing;
import cn.procuratorate.wages.petitions.demo.PlannedPetition.Handled;
import cn.procuratorate.wages.petitions.demo.PlannedPetition.Reply;
import cn.procuratorate.wages.petitions.demo.PlannedPetition.Step;
import cn.procuratorate.wages.petitions.demo.SyntheticEmployers.Employer;
import cn.procuratorate.wages.petitions.demo.SyntheticPeople.Person;
import cn.procuratorate.wages.petitions.petition.Channel;
import cn.procuratorate.wages.petitions.petition.HandlingOutcome;
import cn.procuratorate.wages.petitions.petition.Petitions;
import cn.procuratorate.wages.petitions.petition.ReplyChannel;
import cn.procuratorate.wages.petitions.petition.ReplyKind;
import cn.procuratorate.wages.petitions.rules.UrgencySign;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

/**
 * Invents the demo petitions of the local run, the same ones every time for a given day (a fixed seed; every date is
 * counted back from today): about 150 over the last year in the dev users' two units, on every channel, with the
 * stories a petition desk sees (single workers, several workers of one employer filing separately, group visits,
 * the same petitioner again, signs of urgency) and the desk's work on them so far, some of it late. A few are placed
 * so that replies fall due within the week or are overdue whatever the draw.
 */
final class DemoPetitionPlanner {

    /** Any fixed number: the hotline's (12309) makes the data the same on every run. */
    static final long SEED = 12309L;

    /**
     * What each unit receives: how many petitions, of which stories, and the petitions placed for the due lists (ages
     * in days; for the result replies falling due soon, the days until they do).
     */
    private record Quota(String unit, int petitions, int workerGroups, int groupPetitions, int repeatedPetitioners,
            List<Integer> acknowledgementDueSoon, List<Integer> resultDueInDays, List<Integer> neverAcknowledged,
            List<Integer> resultOverdue) {
    }

    private static final List<Quota> QUOTAS = List.of(
            new Quota(Regions.CHAOYANG, 125, 3, 4, 5, List.of(1, 2, 4), List.of(3, 6), List.of(12, 45),
                    List.of(120, 210)),
            new Quota(Regions.XUANWU, 25, 1, 1, 1, List.of(3), List.of(5), List.of(20), List.of(150)));

    private static final int DAYS_BACK = 364;
    /** Above 1, receipts crowd toward today, as a desk's open work does. */
    private static final double RECENCY = 1.6;
    private static final int URGENT_PERCENT = 12;
    private static final int ASSIGNED_PERCENT = 85;
    private static final int TRANSFERRED_PERCENT = 60;
    private static final Duration BETWEEN_STEPS = Duration.ofMinutes(15);
    private static final LocalTime OFFICE_OPENS = LocalTime.of(9, 0);

    private final Random random;
    private final Instant now;
    private final LocalDate today;
    private final SyntheticPeople people;
    private final SyntheticEmployers employers;
    private final PetitionTexts texts;

    DemoPetitionPlanner(long seed, Instant now) {
        this.random = new Random(seed);
        this.now = now;
        this.today = LocalDate.ofInstant(now, Petitions.CHINA);
        this.people = new SyntheticPeople(random, today);
        this.employers = new SyntheticEmployers(random, people);
        this.texts = new PetitionTexts(random);
    }

    /** Every unit's petitions, by receipt. */
    List<PlannedPetition> plan() {
        List<PlannedPetition> plans = new ArrayList<>();
        for (Quota quota : QUOTAS) {
            plans.addAll(planUnit(quota));
        }
        plans.sort(Comparator.comparing(PlannedPetition::receivedAt));
        return plans;
    }

    private List<PlannedPetition> planUnit(Quota quota) {
        String unit = quota.unit();
        List<PlannedPetition> plans = new ArrayList<>();
        quota.acknowledgementDueSoon().forEach(age -> plans.add(single(unit, age)
                .pace(Pace.acknowledgedOnTheLastDay()).build()));
        for (int daysToDue : quota.resultDueInDays()) {
            LocalDate receivedOn = today.plusDays(daysToDue).minusMonths(3);
            plans.add(single(unit, (int) ChronoUnit.DAYS.between(receivedOn, today))
                    .pace(Pace.awaitingResult(2, 20)).build());
        }
        quota.neverAcknowledged().forEach(age -> plans.add(single(unit, age).pace(Pace.NEGLECTED).build()));
        quota.resultOverdue().forEach(age -> plans.add(single(unit, age).pace(Pace.awaitingResult(3, 30)).build()));
        for (int i = 0; i < quota.workerGroups(); i++) {
            plans.addAll(workersOfOneEmployer(unit));
        }
        for (int i = 0; i < quota.groupPetitions(); i++) {
            plans.add(groupPetition(unit));
        }
        for (int i = 0; i < quota.repeatedPetitioners(); i++) {
            // The clerk has merged the first three repeats; the others' proposals await them.
            plans.addAll(samePetitionerAgain(unit, i < 3));
        }
        while (plans.size() < quota.petitions()) {
            plans.add(single(unit, age()).urgent().build());
        }
        return plans;
    }

    /** One worker against an employer of the unit's district, on any channel, handled at the usual pace. */
    private Draft single(String unit, int age) {
        Employer employer = employers.employerFor(unit);
        return new Draft(unit, channel(), age, people.next(employer.trade().mostlyMen()), employer);
    }

    /** 3 to 5 workers of one building company filing separately within 12 days: the intake links them as a group. */
    private List<PlannedPetition> workersOfOneEmployer(String unit) {
        Employer employer = employers.buildingCompany(unit);
        int first = age();
        int workers = 3 + random.nextInt(3);
        List<PlannedPetition> plans = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            plans.add(new Draft(unit, channel(), Math.max(0, first - random.nextInt(12)), people.next(true), employer)
                    .build());
        }
        return plans;
    }

    /** Workers come together (集体访), mostly in person: many workers, a large amount, sometimes a risk. */
    private PlannedPetition groupPetition(String unit) {
        Employer employer = employers.employerFor(unit);
        Draft draft = new Draft(unit, random.nextInt(10) < 7 ? Channel.VISIT : Channel.LETTER, age(),
                people.next(true), employer);
        draft.workers = 12 + random.nextInt(34);
        draft.amountFen = draft.amountFen * draft.workers * (60 + random.nextInt(41)) / 100 / 10_000 * 10_000;
        draft.story = texts.group(employer, draft.receivedOn(), draft.months, draft.amountFen, draft.workers);
        if (random.nextInt(4) == 0) {
            draft.signs = Set.of(UrgencySign.EXTREME_ACTION_RISK);
        }
        return draft.build();
    }

    /**
     * The same worker against the same employer twice within a month: the intake proposes the second as a duplicate;
     * the clerk has merged it when {@code merged}, else the proposal awaits them.
     */
    private List<PlannedPetition> samePetitionerAgain(String unit, boolean merged) {
        Draft first = single(unit, 10 + random.nextInt(DAYS_BACK - 10));
        first.withResidentId = true;
        first.story = texts.worker(first.employer, first.receivedOn(), first.months, first.amountFen);
        PlannedPetition earlier = first.build();
        Draft again = new Draft(unit, random.nextBoolean() ? Channel.HOTLINE_12309 : Channel.VISIT,
                first.age - 5 - random.nextInt(Math.min(21, first.age - 4)), first.person, first.employer);
        again.withResidentId = true;
        again.months = first.months;
        again.amountFen = first.amountFen;
        again.story = texts.again(first.story);
        if (merged) {
            again.pace = Pace.merged(random);
            again.mergeInto = earlier;
        }
        return List.of(earlier, again.build());
    }

    /** Letters and visits most, then the hotline and the online desk, some referred by the labour inspectorate. */
    private Channel channel() {
        int roll = random.nextInt(100);
        return roll < 25 ? Channel.LETTER : roll < 50 ? Channel.VISIT : roll < 70 ? Channel.HOTLINE_12309
                : roll < 90 ? Channel.ONLINE : Channel.PARTNER_REFERRAL;
    }

    private int age() {
        return (int) (DAYS_BACK * Math.pow(random.nextDouble(), RECENCY));
    }

    /** A petition being invented: what a story sets, with the usual values otherwise. */
    private final class Draft {

        private final String unit;
        private final Channel channel;
        private final int age;
        private final Person person;
        private final Employer employer;
        private int months;
        private long amountFen;
        private Integer workers;
        private boolean withResidentId;
        private Set<UrgencySign> signs = Set.of();
        private String story;
        private Pace pace;
        private PlannedPetition mergeInto;
        private final Instant receivedAt;

        Draft(String unit, Channel channel, int age, Person person, Employer employer) {
            this.unit = unit;
            this.channel = channel;
            this.age = age;
            this.person = person;
            this.employer = employer;
            this.months = 1 + random.nextInt(3) + random.nextInt(4);
            this.amountFen = (long) employer.trade().monthlyPay(random) * months * 100
                    + (random.nextInt(10) == 0 ? 50 : 0);
            // At a visit the desk sees the ID card; on the phone and online many do not give the number.
            int givesId = switch (channel) {
                case VISIT, PARTNER_REFERRAL -> 100;
                case LETTER -> 90;
                case ONLINE -> 70;
                case HOTLINE_12309 -> 50;
            };
            this.withResidentId = random.nextInt(100) < givesId;
            this.pace = Pace.usual(random);
            this.receivedAt = receiptTime(channel, age);
        }

        /** One of the urgency signs the clerk records, now and then (the online form has no such field). */
        Draft urgent() {
            if (channel != Channel.ONLINE && random.nextInt(100) < URGENT_PERCENT) {
                UrgencySign[] choices = {UrgencySign.BASIC_LIVING_AT_STAKE, UrgencySign.BASIC_LIVING_AT_STAKE,
                        UrgencySign.MAJOR_ILLNESS, UrgencySign.VIOLENCE_OR_THREATS, UrgencySign.OTHER};
                signs = Set.of(choices[random.nextInt(choices.length)]);
            }
            return this;
        }

        Draft pace(Pace planned) {
            this.pace = planned;
            return this;
        }

        LocalDate receivedOn() {
            return LocalDate.ofInstant(receivedAt, Petitions.CHINA);
        }

        PlannedPetition build() {
            LocalDate receivedOn = receivedOn();
            String region = channel == Channel.ONLINE ? unit : employer.region().code();
            String text = story != null ? story : texts.worker(employer, receivedOn, months, amountFen);
            if (channel == Channel.PARTNER_REFERRAL) {
                text = texts.referred(unit, employer.region().name(), text);
            }
            return new PlannedPetition(unit, channel, receivedAt, region, person, withResidentId,
                    channel == Channel.ONLINE || random.nextInt(10) > 0, employer, amountFen, months, workers,
                    workers != null, signs, texts.withUrgency(text, signs), texts.request(), steps(receivedOn));
        }

        /** The desk's steps in the order of the pace, each at its moment; none after the present one. */
        private List<Step> steps(LocalDate receivedOn) {
            DemoActor clerk = DemoActor.clerkOf(unit);
            List<DayStep> planned = new ArrayList<>();
            if (unit.equals(Regions.CHAOYANG) && random.nextInt(100) < ASSIGNED_PERCENT) {
                planned.add(new DayStep(random.nextInt(2), at -> new Assignment(at, DemoActor.SUPERVISOR_CHAOYANG,
                        clerk.caller().subject())));
            }
            ReplyChannel replyChannel = replyChannel();
            if (pace.proceduralReply() != null) {
                planned.add(new DayStep(pace.proceduralReply(), at -> new Reply(at, clerk, ReplyKind.PROCEDURAL,
                        PetitionTexts.PROCEDURAL_REPLY, replyChannel)));
            }
            HandlingOutcome outcome = mergeInto != null ? HandlingOutcome.MERGED
                    : random.nextInt(100) < TRANSFERRED_PERCENT ? HandlingOutcome.TRANSFERRED : HandlingOutcome.ANSWERED;
            String agency = outcome == HandlingOutcome.TRANSFERRED
                    ? PetitionTexts.agency(unit, employer.region().name()) : null;
            if (pace.handling() != null) {
                planned.add(new DayStep(pace.handling(), at -> new Handled(at, clerk, outcome, agency,
                        PetitionTexts.handlingNote(outcome), mergeInto)));
            }
            if (pace.resultReply() != null) {
                // A visitor is not asked back for the result: it goes by letter.
                ReplyChannel resultChannel = replyChannel == ReplyChannel.IN_PERSON ? ReplyChannel.LETTER
                        : replyChannel;
                planned.add(new DayStep(pace.resultReply(), at -> new Reply(at, clerk, ReplyKind.RESULT,
                        PetitionTexts.resultReply(outcome, agency), resultChannel)));
            }
            if (pace.closing() != null) {
                planned.add(new DayStep(pace.closing(), at -> new Closing(at, clerk)));
            }
            List<Step> steps = new ArrayList<>();
            for (int k = 0; k < planned.size(); k++) {
                int day = planned.get(k).day();
                // Steps of one day a quarter of an hour apart, so that the timeline keeps their order.
                Instant at = day == 0 ? receivedAt.plus(BETWEEN_STEPS.multipliedBy(k + 1L))
                        : receivedOn.plusDays(day).atTime(OFFICE_OPENS).atZone(Petitions.CHINA).toInstant()
                                .plus(BETWEEN_STEPS.multipliedBy(k));
                if (at.isAfter(now)) {
                    break;
                }
                steps.add(planned.get(k).step().apply(at));
            }
            return steps;
        }

        /** As the petition came: a letter is answered by letter, a visit in person, a call by phone. */
        private ReplyChannel replyChannel() {
            return switch (channel) {
                case LETTER, PARTNER_REFERRAL -> ReplyChannel.LETTER;
                case VISIT -> ReplyChannel.IN_PERSON;
                case HOTLINE_12309 -> ReplyChannel.PHONE;
                case ONLINE -> ReplyChannel.ONLINE;
            };
        }
    }

    /** Office hours for letters, visits and referrals, longer ones for the hotline, any time online. */
    private Instant receiptTime(Channel channel, int age) {
        int opens = channel == Channel.ONLINE ? 0 : channel == Channel.HOTLINE_12309 ? 8 * 60 : 8 * 60 + 30;
        int closes = channel == Channel.ONLINE ? 24 * 60 : channel == Channel.HOTLINE_12309 ? 20 * 60 : 17 * 60;
        Instant at = today.minusDays(age).atStartOfDay(Petitions.CHINA)
                .plusMinutes(opens + random.nextInt(closes - opens)).toInstant();
        // Today's petitions are received before the present moment: a later hour of today is yesterday's.
        return at.isAfter(now) ? at.minus(Duration.ofDays(1)) : at;
    }

    /** A step planned for a day after receipt, made once its moment is known. */
    private record DayStep(int day, Function<Instant, Step> step) {
    }
}
