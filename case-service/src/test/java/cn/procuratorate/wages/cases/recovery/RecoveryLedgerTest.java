package cn.procuratorate.wages.cases.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecoveryLedgerTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private final RecoveryLedger ledger = RecoveryLedger.of(List.of(
            WorkerClaim.of("w1", "12000.00"), WorkerClaim.of("w2", "3000.00"), WorkerClaim.of("w3", "0.00")));

    private static RecoveryLedger pay(RecoveryLedger ledger, String worker, String amount, PaymentChannel channel) {
        return ledger.record(worker, new BigDecimal(amount), TODAY.minusDays(1), channel, TODAY);
    }

    @Test
    void theExactRemainingAmountIsAcceptedAndOneFenMoreIsRefused() {
        RecoveryLedger partly = pay(ledger, "w1", "5000.00", PaymentChannel.EMPLOYER);
        PaymentRefused refused = catchThrowableOfType(PaymentRefused.class,
                () -> pay(partly, "w1", "7000.01", PaymentChannel.GENERAL_CONTRACTOR));
        assertThat(refused.ruleCode()).isEqualTo("recovery.exceeds-owed");
        assertThat(refused.params()).containsEntry("remaining", "7000.00").containsEntry("amount", "7000.01");
        assertThat(refused).hasMessage("支付金额7000.01元超过劳动者w1尚未追回的7000.00元");

        RecoveryLedger settled = pay(partly, "w1", "7000.00", PaymentChannel.GENERAL_CONTRACTOR);
        assertThat(settled.outstanding("w1")).isEqualByComparingTo("0");
        assertThat(settled.recoveryRate("w1")).isEqualTo(new BigDecimal("1.0000"));
        assertThat(catchThrowableOfType(PaymentRefused.class, () -> pay(settled, "w1", "0.01",
                PaymentChannel.EMPLOYER)).params()).containsEntry("remaining", "0.00");
    }

    @Test
    void aWorkerOwedNothingCanReceiveNothing() {
        assertThat(catchThrowableOfType(PaymentRefused.class, () -> pay(ledger, "w3", "0.01",
                PaymentChannel.EMPLOYER)).ruleCode()).isEqualTo(PaymentRefused.EXCEEDS_OWED);
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource({
            "0,        recovery.amount-not-positive",
            "0.00,     recovery.amount-not-positive",
            "-1.00,    recovery.amount-not-positive",
            "100.001,  recovery.amount-too-precise",
            "0.001,    recovery.amount-too-precise",
            "3000.01,  recovery.exceeds-owed"})
    void refusesAmountsBreakingARule(String amount, String code) {
        assertThat(catchThrowableOfType(PaymentRefused.class, () -> pay(ledger, "w2", amount,
                PaymentChannel.EMPLOYER)).ruleCode()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"100.000, 100.00", "100, 100.00", "0.5, 0.50", "3000.00, 3000.00"})
    void amountsWithNoDigitBelowTheFenAreKeptWithTwoDecimals(String amount, String kept) {
        RecoveryLedger paid = pay(ledger, "w2", amount, PaymentChannel.EMPLOYER);
        assertThat(paid.payments().get(0).amount()).hasToString(kept);
    }

    @Test
    void refusesUnknownWorkersAndFutureDates() {
        assertThat(catchThrowableOfType(PaymentRefused.class, () -> pay(ledger, "nobody", "1.00",
                PaymentChannel.EMPLOYER)).ruleCode()).isEqualTo("recovery.unknown-worker");
        assertThat(catchThrowableOfType(PaymentRefused.class, () -> ledger.record("w1", BigDecimal.ONE,
                TODAY.plusDays(1), PaymentChannel.EMPLOYER, TODAY)).ruleCode()).isEqualTo("recovery.date-in-future");
        assertThat(ledger.record("w1", BigDecimal.ONE, TODAY, PaymentChannel.EMPLOYER, TODAY).payments()).hasSize(1);
    }

    @Test
    void recordingLeavesTheOriginalUnchanged() {
        RecoveryLedger paid = pay(ledger, "w1", "100.00", PaymentChannel.EMPLOYER);
        assertThat(ledger.payments()).isEmpty();
        assertThat(paid.payments()).containsExactly(
                new Payment("w1", new BigDecimal("100.00"), TODAY.minusDays(1), PaymentChannel.EMPLOYER));
        assertThatThrownBy(() -> paid.payments().add(paid.payments().get(0)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void totalsPerWorkerPerCaseAndPerChannel() {
        RecoveryLedger paid = pay(pay(pay(pay(ledger,
                "w1", "5000.00", PaymentChannel.EMPLOYER),
                "w1", "2500.50", PaymentChannel.WAGE_GUARANTEE_DEPOSIT),
                "w2", "3000.00", PaymentChannel.GENERAL_CONTRACTOR),
                "w1", "0.50", PaymentChannel.EMPLOYER);

        assertThat(paid.owed("w1")).isEqualTo(new BigDecimal("12000.00"));
        assertThat(paid.recovered("w1")).isEqualTo(new BigDecimal("7501.00"));
        assertThat(paid.outstanding("w1")).isEqualTo(new BigDecimal("4499.00"));
        assertThat(paid.recoveryRate("w1")).isEqualTo(new BigDecimal("0.6251"));  // 0.625083.. rounded up
        assertThat(paid.recoveryRate("w2")).isEqualTo(new BigDecimal("1.0000"));
        assertThat(paid.recoveryRate("w3")).isEqualTo(new BigDecimal("0.0000"));   // owed nothing

        assertThat(paid.totalOwed()).isEqualTo(new BigDecimal("15000.00"));
        assertThat(paid.totalRecovered()).isEqualTo(new BigDecimal("10501.00"));
        assertThat(paid.totalOutstanding()).isEqualTo(new BigDecimal("4499.00"));
        assertThat(paid.recoveryRate()).isEqualTo(new BigDecimal("0.7001"));      // 0.700066.. rounded up
        assertThat(paid.isFullyRecovered()).isFalse();

        assertThat(paid.recoveredByChannel()).containsExactly(
                entry(PaymentChannel.EMPLOYER, "5000.50"),
                entry(PaymentChannel.GENERAL_CONTRACTOR, "3000.00"),
                entry(PaymentChannel.WAGE_GUARANTEE_DEPOSIT, "2500.50"),
                entry(PaymentChannel.COURT_ENFORCEMENT, "0.00"));
        assertThat(paid.balances()).containsExactly(
                new WorkerBalance("w1", new BigDecimal("12000.00"), new BigDecimal("7501.00"),
                        new BigDecimal("4499.00"), new BigDecimal("0.6251")),
                new WorkerBalance("w2", new BigDecimal("3000.00"), new BigDecimal("3000.00"), new BigDecimal("0.00"),
                        new BigDecimal("1.0000")),
                new WorkerBalance("w3", new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00"),
                        new BigDecimal("0.0000")));
    }

    @ParameterizedTest(name = "{0} of {1} → {2}")
    @CsvSource({
            "1.00,     3.00,     0.3333",   // 0.33333..  down
            "2.00,     3.00,     0.6667",   // 0.66666..  up
            "0.01,     200.00,   0.0001",   // 0.00005    half up
            "0.01,     200.01,   0.0000",   // 0.0000499.. down
            "0.01,     20000.00, 0.0000",
            "19999.99, 20000.00, 1.0000",   // 0.9999995  rounds to 1.0000, though not all recovered
            "1.00,     1.00,     1.0000"})
    void ratesHaveFourDecimalsRoundedHalfUp(String recovered, String owed, String rate) {
        RecoveryLedger paid = RecoveryLedger.of(List.of(WorkerClaim.of("w", owed)))
                .record("w", new BigDecimal(recovered), TODAY, PaymentChannel.COURT_ENFORCEMENT, TODAY);
        assertThat(paid.recoveryRate("w")).isEqualTo(new BigDecimal(rate));
        assertThat(paid.recoveryRate()).isEqualTo(new BigDecimal(rate));
    }

    @Test
    void anEmptyLedgerHasZeroTotalsAndRate() {
        RecoveryLedger empty = RecoveryLedger.empty();
        assertThat(empty.totalOwed()).isEqualTo(new BigDecimal("0.00"));
        assertThat(empty.totalRecovered()).isEqualTo(new BigDecimal("0.00"));
        assertThat(empty.recoveryRate()).isEqualTo(new BigDecimal("0.0000"));
        assertThat(empty.isFullyRecovered()).isTrue();
    }

    @Test
    void claimsCanBeAddedAndCorrectedButNotBelowWhatWasRecovered() {
        RecoveryLedger paid = pay(ledger, "w2", "1000.00", PaymentChannel.EMPLOYER);
        assertThat(paid.withClaim("w4", new BigDecimal("800")).owed("w4")).isEqualTo(new BigDecimal("800.00"));
        assertThat(paid.withClaim("w2", new BigDecimal("1000.00")).outstanding("w2")).isEqualByComparingTo("0");
        ClaimRefused refused = catchThrowableOfType(ClaimRefused.class,
                () -> paid.withClaim("w2", new BigDecimal("999.99")));
        assertThat(refused.ruleCode()).isEqualTo("recovery.owed-below-recovered");
        assertThat(refused.params()).containsEntry("recovered", "1000.00");
        assertThatThrownBy(() -> paid.withClaim("w5", new BigDecimal("-1"))).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void aStoredLedgerIsCheckedWhenRestored() {
        LocalDate day = TODAY.minusDays(3);
        assertThatThrownBy(() -> new RecoveryLedger(List.of(WorkerClaim.of("w1", "10.00"),
                WorkerClaim.of("w1", "20.00")), List.of())).hasMessageContaining("two claims");
        assertThatThrownBy(() -> new RecoveryLedger(List.of(WorkerClaim.of("w1", "10.00")),
                List.of(new Payment("w2", BigDecimal.ONE, day, PaymentChannel.EMPLOYER))))
                .hasMessageContaining("unknown worker");
        assertThatThrownBy(() -> new RecoveryLedger(List.of(WorkerClaim.of("w1", "10.00")), List.of(
                new Payment("w1", new BigDecimal("6.00"), day, PaymentChannel.EMPLOYER),
                new Payment("w1", new BigDecimal("4.01"), day, PaymentChannel.EMPLOYER))))
                .hasMessageContaining("more than owed");
        RecoveryLedger restored = new RecoveryLedger(List.of(WorkerClaim.of("w1", "10.00")), List.of(
                new Payment("w1", new BigDecimal("10"), day, PaymentChannel.EMPLOYER)));
        assertThat(restored.isFullyRecovered()).isTrue();
    }

    @Test
    void everyChannelHasAChineseLabel() {
        assertThat(PaymentChannel.values()).allSatisfy(channel -> assertThat(channel.label()).isNotBlank());
        assertThat(PaymentChannel.GENERAL_CONTRACTOR.label()).isEqualTo("施工总承包单位先行清偿");
    }

    private static Map.Entry<PaymentChannel, BigDecimal> entry(PaymentChannel channel, String amount) {
        return Map.entry(channel, new BigDecimal(amount));
    }
}
