package cn.procuratorate.wages.outreach.exchange.clue;

/** The follow-up driven by a test as the schedule drives it. */
final class FollowUps {

    private FollowUps() {
    }

    /** One scheduled run: batch after batch while clues are due (they are due again 100 ms later in the tests). */
    static void allDue(ClueFollowUp followUp) {
        int rounds = 0;
        int looked;
        do {
            looked = followUp.followUp();
        } while (looked > 0 && ++rounds < 20);
    }
}
