package cn.procuratorate.wages.outreach.materials;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The request bodies of the material API, validated before anything is read or written. */
final class MaterialRequests {

    private MaterialRequests() {
    }

    record NewMaterial(
            @NotNull MaterialKind kind,
            @NotNull Audience audience,
            @Schema(description = "the first version, a draft until a supervisor publishes it") @NotNull @Valid
            ContentRequest content) {
    }

    /** The text of a version; a draft is replaced by it as a whole. */
    record ContentRequest(
            @Schema(example = "拿不到工资怎么办？") @NotBlank @Size(max = 200) String title,
            @Schema(description = "one paragraph, shown in lists") @NotBlank @Size(max = 1000) String summary,
            @Schema(description = "plain text; blank lines separate paragraphs") @NotBlank @Size(max = 20000)
            String body,
            @Size(max = 100) List<@NotNull @Valid QuestionRequest> questions,
            @Schema(description = "the laws it explains, at least one") @NotEmpty @Size(max = 20)
            List<@NotNull @Valid LawRequest> laws) {

        MaterialContent toContent() {
            return new MaterialContent(title.strip(), summary.strip(), body.strip(),
                    questions == null ? List.of() : questions.stream().map(q -> new MaterialContent.Question(
                            q.question().strip(), q.answer().strip())).toList(),
                    laws.stream().map(law -> new MaterialContent.Law(law.title().strip(),
                            law.provisions() == null || law.provisions().isBlank() ? null : law.provisions().strip()))
                            .toList());
        }
    }

    record QuestionRequest(@NotBlank @Size(max = 500) String question, @NotBlank @Size(max = 5000) String answer) {
    }

    record LawRequest(
            @Schema(example = "保障农民工工资支付条例") @NotBlank @Size(max = 100) String title,
            @Schema(example = "第三十条") @Size(max = 200) String provisions) {
    }
}
