package cn.procuratorate.wages.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

class PageRequestsTest {

    @Test
    void capsThePageSizeAndRefusesNegativePages() {
        PageRequest request = PageRequests.of(-3, 5_000, Sort.by("createdAt"));
        assertThat(request.getPageNumber()).isZero();
        assertThat(request.getPageSize()).isEqualTo(PageRequests.MAX_SIZE);
        assertThat(PageRequests.of(0, 0, Sort.by("createdAt")).getPageSize()).isEqualTo(1);
    }

    @Test
    void breaksTiesByIdInTheDirectionOfTheSort() {
        PageRequest request = PageRequests.of(0, 20, Sort.by(Sort.Direction.DESC, "startsOn"));
        assertThat(request.getSort()).containsExactly(
                Sort.Order.desc("startsOn"), Sort.Order.desc("_id"));
    }
}
