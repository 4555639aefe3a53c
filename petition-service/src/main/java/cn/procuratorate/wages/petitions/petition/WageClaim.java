package cn.procuratorate.wages.petitions.petition;

/**
 * What the petitioner says is owed, as told (not yet checked by anyone). Money in integer fen, so sums never meet
 * binary floating point; every field but the employer may be unknown to the petitioner, hence {@code null}.
 */
public record WageClaim(String employerName, Long amountOwedFen, Integer monthsOwed, Integer workersAffected) {
}
