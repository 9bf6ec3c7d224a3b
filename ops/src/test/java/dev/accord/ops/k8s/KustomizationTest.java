package dev.accord.ops.k8s;

import static dev.accord.ops.k8s.Manifests.elements;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every file in ops/k8s parses, is applied by the kustomization or documented as applied apart, in one namespace. */
class KustomizationTest {

    private final Manifests manifests = Manifests.load();
    private final JsonNode kustomization = manifests.the("Kustomization").body();

    @Test
    void everyManifestParsesAsAKubernetesObject() {
        assertThat(manifests.byFile()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(manifests.byFile())
                .allSatisfy((file, documents) ->
                        assertThat(documents).as("%s holds documents", file).isNotEmpty());
        assertThat(manifests.all()).allSatisfy(manifest -> {
            assertThat(manifest.at("/apiVersion").asText())
                    .as("%s apiVersion", manifest.file())
                    .isNotBlank();
            assertThat(manifest.kind()).as("%s kind", manifest.file()).isNotBlank();
            if (!manifest.kind().equals("Kustomization")) {
                assertThat(manifest.name())
                        .as("%s %s name", manifest.file(), manifest.kind())
                        .isNotBlank();
            }
        });
    }

    @Test
    void everyFileIsAppliedOrSaysHowItIsApplied() throws IOException {
        List<String> resources =
                elements(kustomization.path("resources")).map(JsonNode::asText).toList();
        assertThat(resources)
                .allSatisfy(resource ->
                        assertThat(Manifests.DIRECTORY.resolve(resource)).exists());
        String readme = Files.readString(OpsPaths.repository().resolve("ops/README.md"));
        for (Path file : manifests.byFile().keySet()) {
            String name = file.toString();
            if (!resources.contains(name) && !name.equals("kustomization.yaml")) {
                assertThat(readme)
                        .as("ops/README.md says how %s is applied", name)
                        .contains(name);
            }
        }
        assertThat(resources).doesNotContain("secrets.example.yaml");
    }

    @Test
    void everythingLivesInTheKustomizationsNamespace() {
        String namespace = kustomization.path("namespace").asText();
        assertThat(manifests.the("Namespace").name()).isEqualTo(namespace);
        assertThat(manifests.ofKind("Secret"))
                .allSatisfy(secret ->
                        assertThat(secret.at("/metadata/namespace").asText()).isEqualTo(namespace));
    }

    @Test
    void theDeploymentsImageIsTheOneTheKustomizationNames() {
        String image = manifests
                .the("Deployment")
                .at("/spec/template/spec/containers/0/image")
                .asText();
        assertThat(elements(kustomization.path("images"))
                        .map(i -> i.path("name").asText()))
                .contains(image);
    }
}
