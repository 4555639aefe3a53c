package cn.procuratorate.wages.cases.casefile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid request bodies for the case API (check characters included), to vary per test. */
public final class CaseBodies {

    /** Valid GB 32100-2015 codes and GB 11643-1999 numbers (DOMAIN.md). */
    public static final String CREDIT_CODE = "91110108551385082Q";
    public static final String OTHER_CREDIT_CODE = "91110000600037341L";
    public static final String RESIDENT_ID = "11010519491231002X";
    public static final String OTHER_RESIDENT_ID = "440524188001010014";

    private CaseBodies() {
    }

    /** A criminal wage case against a company, with one worker owed 3 months. */
    public static Map<String, Object> newCase(String title, String regionCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "WAGE_CRIME");
        body.put("title", title);
        body.put("regionCode", regionCode);
        body.put("industryCode", "E4710");
        body.put("employer", new HashMap<>(Map.of("name", "某建筑劳务有限公司", "creditCode", CREDIT_CODE,
                "kind", "COMPANY")));
        body.put("workers", new ArrayList<>(List.of(worker("王五", RESIDENT_ID, "13812345678", 3, "12800.50"))));
        return body;
    }

    public static Map<String, Object> newCase(String title, String regionCode, String key, Object value) {
        Map<String, Object> body = newCase(title, regionCode);
        body.put(key, value);
        return body;
    }

    public static Map<String, Object> worker(String name, String residentId, String phone, int months,
            String amountOwed) {
        Map<String, Object> worker = new HashMap<>();
        worker.put("name", name);
        worker.put("residentId", residentId);
        worker.put("phone", phone);
        worker.put("monthsOwed", months);
        worker.put("amountOwed", amountOwed);
        return worker;
    }
}
