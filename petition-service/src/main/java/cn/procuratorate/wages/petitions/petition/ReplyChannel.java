package cn.procuratorate.wages.petitions.petition;

/** How a reply reached the petitioner. */
public enum ReplyChannel {
    LETTER, SMS, PHONE, IN_PERSON, ONLINE
}
