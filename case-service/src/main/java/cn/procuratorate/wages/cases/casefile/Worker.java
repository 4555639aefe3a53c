package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.common.privacy.Sealed;

/**
 * A worker owed wages in a case. The resident ID number and phone are sealed ({@link WorkerIdentity}); money is in
 * integer fen. {@code id} is stable within the case, so payments can name the worker they went to.
 */
public record Worker(String id, String name, Sealed residentId, Sealed phone, int monthsOwed, long amountOwedFen) {
}
