package cn.procuratorate.wages.petitions.routing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NewCaseRequestsTest {

    @Test
    void theTitleNamesTheEmployerAndWhereTheCaseCameFrom() {
        assertThat(NewCaseRequests.title(" 某建筑劳务有限公司 ")).isEqualTo("某建筑劳务有限公司拖欠农民工工资（信访转）");
        assertThat(NewCaseRequests.title(null)).isEqualTo("拖欠农民工工资（信访转）");
    }

    @Test
    void aLongEmployerNameIsCutSoTheTitleFitsCaseServicesLimit() {
        String title = NewCaseRequests.title("某".repeat(300));
        assertThat(title).hasSize(200).endsWith("拖欠农民工工资（信访转）");
    }
}
