package cn.procuratorate.wages.outreach.exchange;

/** Valid resident ID numbers for the tests, one per birth date, so tests sharing the database do not collide. */
public final class WorkerIds {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private WorkerIds() {
    }

    /** A number of region 110105 born on {@code yyyymmdd}, sequence 002, with its check character. */
    public static String born(String yyyymmdd) {
        String digits = "110105" + yyyymmdd + "002";
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return digits + "10X98765432".charAt(sum % 11);
    }

    /** The same first 17 digits with another (wrong) check character. */
    public static String withWrongCheckCharacter(String number) {
        char check = number.charAt(17);
        return number.substring(0, 17) + (check == '0' ? '1' : '0');
    }
}
