package cn.procuratorate.wages.petitions.petition;

/** The two replies every letter is owed (SPP rules art. 163, 群众来信件件有回复). */
public enum ReplyKind {
    /** 程序性回复: received, and who handles it. */
    PROCEDURAL,
    /** 办理结果答复: what came of it (or its progress). */
    RESULT
}
