package cn.procuratorate.wages.outreach.demo;

import cn.procuratorate.wages.common.security.Caller;
import cn.procuratorate.wages.outreach.materials.Audience;
import cn.procuratorate.wages.outreach.materials.Material;
import cn.procuratorate.wages.outreach.materials.MaterialContent;
import cn.procuratorate.wages.outreach.materials.MaterialKind;
import cn.procuratorate.wages.outreach.materials.Materials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo materials: plain-language texts on the wage payment regulations (保障农民工工资支付条例) and the crime of
 * refusing to pay labour remuneration (Criminal Law 276-1), written for this demo, in {@value #RESOURCE}. Each is
 * drafted, redrafted and published through the same rules as any material: some have a superseded version, one has a
 * new draft waiting, one was never published.
 */
final class DemoMaterials {

    static final String RESOURCE = "demo/outreach-materials.json";

    /** A material as the resource describes it: its versions in order, the first {@code published} of them published. */
    record Planned(String key, MaterialKind kind, Audience audience, List<MaterialContent> versions, int published) {
    }

    private final Materials materials;
    private final JsonMapper json;

    DemoMaterials(Materials materials, JsonMapper json) {
        this.materials = materials;
        this.json = json;
    }

    /** Writes the materials; answers their ids by key, for the campaigns that used them. */
    Map<String, String> write() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Planned planned : read()) {
            // Texts for workers are drafted at the petition desk, those for employers by a procurator.
            Caller author = planned.audience() == Audience.WORKERS ? DemoActors.CLERK : DemoActors.PROCURATOR;
            Material material = materials.create(planned.kind(), planned.audience(), planned.versions().get(0), author);
            for (int number = 1; number <= planned.versions().size(); number++) {
                if (number > 1) {
                    material = materials.draft(material.id(), material.version(), planned.versions().get(number - 1),
                            author);
                }
                if (number <= planned.published()) {
                    material = materials.publish(material.id(), material.version(), DemoActors.SUPERVISOR);
                }
            }
            ids.put(planned.key(), material.id());
        }
        return ids;
    }

    List<Planned> read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, new TypeReference<List<Planned>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
