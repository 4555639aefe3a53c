package cn.procuratorate.wages.common.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Paging limits shared by every list: a client cannot ask for an unbounded page, and pages never overlap. */
public final class PageRequests {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private PageRequests() {
    }

    /**
     * A page sorted by {@code sort}, then by id: without a unique last key, items with equal sort values (two
     * campaigns starting the same day) could repeat on one page and be missing from the next.
     */
    public static PageRequest of(int page, int size, Sort sort) {
        Sort.Direction direction = sort.stream().findFirst().map(Sort.Order::getDirection).orElse(Sort.Direction.ASC);
        return PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE),
                sort.and(Sort.by(direction, "_id")));
    }
}
