package cn.procuratorate.wages.outreach.materials;

import java.util.List;

/**
 * What one version of a material says: a title, a one-paragraph summary, the text, questions and answers (for an FAQ,
 * or at the end of any material), and the laws it explains.
 */
public record MaterialContent(String title, String summary, String body, List<Question> questions, List<Law> laws) {

    public MaterialContent {
        questions = questions == null ? List.of() : List.copyOf(questions);
        laws = laws == null ? List.of() : List.copyOf(laws);
    }

    public record Question(String question, String answer) {
    }

    /** A law and the provisions of it the material explains, e.g. 《中华人民共和国刑法》, 第二百七十六条之一. */
    public record Law(String title, String provisions) {
    }
}
