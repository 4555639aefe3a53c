package cn.procuratorate.wages.console.gateway;

import java.util.List;

/** One page of a list answer of the services (platform-common's {@code PageView}). */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public ApiPage {
        items = items == null ? List.of() : items;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }
}
