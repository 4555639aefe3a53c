package cn.procuratorate.wages.system;

/** A valid new case (check characters included) as JSON, with the title varied per test. */
final class CaseJson {

    private CaseJson() {
    }

    static String newCase(String title) {
        return newCase(title, "某建筑劳务有限公司");
    }

    /** A case of this employer: a test that counts what it stored names an employer of its own. */
    static String newCase(String title, String employer) {
        return """
                {"type": "WAGE_CRIME", "title": "%s", "regionCode": "110105", "industryCode": "E4710",
                 "employer": {"name": "%s", "creditCode": "91110108551385082Q", "kind": "COMPANY"},
                 "workers": [{"name": "王五", "residentId": "11010519491231002X", "phone": "13812345678",
                              "monthsOwed": 3, "amountOwed": "12800.50"}]}
                """.formatted(title, employer);
    }
}
