package cn.procuratorate.wages.cases.assessment;

/** How an order to pay (限期整改指令书, 行政处理决定书) reached the employer (法释〔2013〕3号 art. 4). */
public enum OrderDelivery {
    /** Delivered to the employer, an adult family member living with it, or the person receiving its mail. */
    SERVED("送达本人、同住成年家属或者所在单位负责收件的人"),
    /**
     * The employer fled and could not be served; the order was posted at its residence or premises and the posting
     * recorded on photo or video: counts as ordered (art. 4 para. 2).
     */
    POSTED_AND_RECORDED("行为人逃匿，责令支付文书已在其住所地、生产经营场所等地张贴并拍照、录像记录"),
    /** Posted, but no photo or video record of the posting: does not count. */
    POSTED_NOT_RECORDED("责令支付文书已张贴，但未拍照、录像记录");

    private final String label;

    OrderDelivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
