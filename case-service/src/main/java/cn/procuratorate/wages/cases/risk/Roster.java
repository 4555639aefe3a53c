package cn.procuratorate.wages.cases.risk;

import java.util.Objects;
import java.util.Set;

/**
 * The real-name roster (实名制登记) of the project the subject case is about, as keyed hashes of resident IDs.
 * Construction projects must register every worker by real name (保障农民工工资支付条例 art. 28).
 */
public record Roster(Set<String> residentIdHashes) {

    public Roster {
        residentIdHashes = Set.copyOf(Objects.requireNonNull(residentIdHashes, "residentIdHashes"));
    }

    public boolean contains(String residentIdHash) {
        return residentIdHashes.contains(residentIdHash);
    }
}
