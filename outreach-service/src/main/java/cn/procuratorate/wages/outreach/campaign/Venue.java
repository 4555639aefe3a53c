package cn.procuratorate.wages.outreach.campaign;

/** Where a campaign took place: the kind of place and its name or address. */
public record Venue(Kind kind, String name) {

    public enum Kind {
        CONSTRUCTION_SITE("建筑工地"),
        LABOUR_MARKET("劳务市场"),
        ENTERPRISE("企业"),
        INDUSTRIAL_PARK("产业园区"),
        COMMUNITY("社区、村"),
        SERVICE_HALL("检察服务中心"),
        ONLINE("线上"),
        OTHER("其他");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
