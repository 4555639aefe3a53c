package cn.procuratorate.wages.outreach.materials;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Versions of a material: one draft at most, published texts never change, the last published one is current. */
class MaterialTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T02:00:00Z");
    private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);

    @Test
    void theFirstVersionIsADraftAndRedraftingKeepsItsNumber() {
        Material material = new Material("110105", MaterialKind.FAQ, Audience.WORKERS, text("初稿"), "clerk1", MONDAY);
        material.draft(text("二稿"), "procurator1", TUESDAY);

        assertThat(material.versions()).singleElement().satisfies(v -> {
            assertThat(v.number()).isEqualTo(1);
            assertThat(v.content().title()).isEqualTo("二稿");
            assertThat(v.draftedBy()).isEqualTo("procurator1");
            assertThat(v.published()).isFalse();
        });
        assertThat(material.current()).isEmpty();
    }

    @Test
    void publishingADraftMakesItCurrentAndTheNextDraftIsANewVersion() {
        Material material = new Material("110105", MaterialKind.FAQ, Audience.WORKERS, text("第一版"), "clerk1", MONDAY);
        assertThat(material.publish("supervisor1", MONDAY)).isTrue();
        assertThat(material.publish("supervisor1", MONDAY)).isFalse();

        material.draft(text("第二版"), "clerk1", TUESDAY);
        assertThat(material.current().orElseThrow().content().title()).isEqualTo("第一版");
        assertThat(material.draft().orElseThrow().number()).isEqualTo(2);

        material.publish("supervisor1", TUESDAY);
        assertThat(material.current().orElseThrow().number()).isEqualTo(2);
        assertThat(material.version(1).orElseThrow().content().title()).isEqualTo("第一版");
        assertThat(material.version(1).orElseThrow().publishedAt()).isEqualTo(MONDAY);
        assertThat(material.draft()).isEmpty();
        assertThat(material.version(3)).isEmpty();
        assertThat(material.version(0)).isEmpty();
    }

    private static MaterialContent text(String title) {
        return new MaterialContent(title, "摘要", "正文", List.of(),
                List.of(new MaterialContent.Law("保障农民工工资支付条例", null)));
    }
}
