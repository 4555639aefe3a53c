package cn.procuratorate.wages.cases.casefile;

import cn.procuratorate.wages.common.identifiers.UnifiedSocialCreditCode;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Units and employers no other test uses, so that figures counted over one of them are exact although every test
 * class of the JVM shares one database.
 */
public final class TestIdentifiers {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private TestIdentifiers() {
    }

    /** A 6-digit unit code of its own (65xxxx: no other test registers in Xinjiang). */
    public static String unit() {
        return "65" + String.format("%04d", NEXT.getAndIncrement());
    }

    /** A valid GB 32100-2015 code of its own: a company (91) of 650100 with a fresh organisation code. */
    public static String creditCode() {
        String first17 = "91650100" + String.format("%09d", NEXT.getAndIncrement());
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }
}
