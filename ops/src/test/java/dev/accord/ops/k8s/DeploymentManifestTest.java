package dev.accord.ops.k8s;

import static dev.accord.ops.k8s.Manifests.elements;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Accord's Deployment runs what the image and the application expect: ports, probes, user, settings, secrets. */
class DeploymentManifestTest {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(PASSWORD|SECRET|TOKEN|CREDENTIAL|PRIVATE).*");

    private final Manifests manifests = Manifests.load();
    private final ApplicationContract application = ApplicationContract.read();
    private final Manifests.Manifest deployment = manifests.the("Deployment");
    private final JsonNode pod = deployment.at("/spec/template/spec");
    private final JsonNode container = pod.at("/containers/0");

    @Test
    void runsAtLeastTwoNodes() {
        assertThat(deployment.at("/spec/replicas").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(pod.path("containers")).hasSize(1);
    }

    @Test
    void exposesThePortTheApplicationAndTheImageListenOn() {
        assertThat(application.imagePorts()).containsExactly(application.serverPort());
        assertThat(elements(container.path("ports"))
                        .map(p -> p.path("containerPort").asInt()))
                .containsExactly(application.serverPort());
    }

    @Test
    void probesAskTheActuatorsHealthGroupsOnTheApplicationsPort() {
        assertThat(application.probesEnabled())
                .as("management.endpoint.health.probes.enabled")
                .isTrue();
        assertThat(application.exposes("health")).isTrue();
        assertThat(application.actuatorOnServerPort()).isTrue();
        String liveness = application.actuatorPath("health/liveness");
        String readiness = application.actuatorPath("health/readiness");
        assertThat(application.permitsAnonymously(liveness))
                .as("kubelet probes without credentials")
                .isTrue();
        assertThat(application.permitsAnonymously(readiness)).isTrue();

        assertThat(probe("startupProbe").path("path").asText()).isEqualTo(liveness);
        assertThat(probe("livenessProbe").path("path").asText()).isEqualTo(liveness);
        assertThat(probe("readinessProbe").path("path").asText()).isEqualTo(readiness);
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(containerPort(probe(probe).path("port"))).as(probe).isEqualTo(application.serverPort());
        }
    }

    @Test
    void runsAsTheImagesNonRootUserWithNothingToEscalate() {
        JsonNode podSecurity = pod.path("securityContext");
        assertThat(podSecurity.path("runAsNonRoot").asBoolean()).isTrue();
        assertThat(podSecurity.path("runAsUser").asLong())
                .isEqualTo(application.imageUid())
                .isNotZero();
        assertThat(podSecurity.at("/seccompProfile/type").asText()).isEqualTo("RuntimeDefault");
        JsonNode security = container.path("securityContext");
        assertThat(security.path("allowPrivilegeEscalation").asBoolean(true)).isFalse();
        assertThat(security.path("readOnlyRootFilesystem").asBoolean()).isTrue();
        assertThat(elements(security.at("/capabilities/drop")).map(JsonNode::asText))
                .containsExactly("ALL");
        assertThat(pod.path("automountServiceAccountToken").asBoolean(true)).isFalse();
    }

    @Test
    void aReadOnlyRootStillHasAWritableTmp() {
        JsonNode tmp = mountAt("/tmp");
        assertThat(volume(tmp.path("name").asText()).has("emptyDir")).isTrue();
    }

    @Test
    void everySettingIsOneTheApplicationReads() {
        assertThat(environment().map(e -> e.path("name").asText()))
                .allSatisfy(name -> assertThat(application.reads(name))
                        .as("%s is read by Accord (application.properties or README)", name)
                        .isTrue())
                .contains(
                        "SPRING_DATASOURCE_URL",
                        "SPRING_DATASOURCE_USERNAME",
                        "SPRING_DATASOURCE_PASSWORD",
                        "ACCORD_DB_OWNER_USER",
                        "ACCORD_DB_OWNER_PASSWORD",
                        "ACCORD_INTEGRITY_SIGNING_KEY_FILE");
    }

    @Test
    void passwordsComeFromSecretsNeverFromTheManifest() {
        environment()
                .filter(e -> SECRET_NAME.matcher(e.path("name").asText()).matches())
                .forEach(e -> {
                    assertThat(e.has("value")).as(e.path("name").asText()).isFalse();
                    assertThat(e.at("/valueFrom/secretKeyRef/name").asText()).isNotBlank();
                });
        environment()
                .filter(e -> e.has("value"))
                .forEach(e -> assertThat(e.path("value").asText())
                        .as(e.path("name").asText())
                        .doesNotContainIgnoringCase("password=")
                        .doesNotMatch(".*://[^/@\\s]+:[^/@\\s]+@.*"));
    }

    @Test
    void everyNodeSignsWithTheKeyFileOfAMountedSecret() {
        String keyFile = environment()
                .filter(e -> e.path("name").asText().equals("ACCORD_INTEGRITY_SIGNING_KEY_FILE"))
                .findFirst()
                .orElseThrow()
                .path("value")
                .asText();
        String directory = keyFile.substring(0, keyFile.lastIndexOf('/'));
        JsonNode mount = mountAt(directory);
        assertThat(mount.path("readOnly").asBoolean()).isTrue();
        JsonNode secret = volume(mount.path("name").asText()).path("secret");
        assertThat(secret.path("secretName").asText()).isNotBlank();
        assertThat(elements(secret.path("items")).map(i -> i.path("path").asText()))
                .contains(keyFile.substring(directory.length() + 1));
    }

    @Test
    void theHeapHasALimitToBeSizedBy() {
        assertThat(container.at("/resources/limits/memory").asText()).isNotBlank();
        assertThat(container.at("/resources/requests/memory").asText()).isNotBlank();
        assertThat(container.at("/resources/requests/cpu").asText()).isNotBlank();
    }

    private JsonNode probe(String name) {
        JsonNode get = container.path(name).path("httpGet");
        assertThat(get.isMissingNode()).as("%s over HTTP", name).isFalse();
        return get;
    }

    /** A probe's port, given by the container port's name or number, as the number it stands for. */
    private int containerPort(JsonNode port) {
        if (port.isInt()) {
            return port.asInt();
        }
        return elements(container.path("ports"))
                .filter(p -> p.path("name").asText().equals(port.asText()))
                .findFirst()
                .map(p -> p.path("containerPort").asInt())
                .orElseThrow(() -> new AssertionError("no container port named " + port.asText()));
    }

    private java.util.stream.Stream<JsonNode> environment() {
        return elements(container.path("env"));
    }

    private JsonNode mountAt(String path) {
        return elements(container.path("volumeMounts"))
                .filter(m -> m.path("mountPath").asText().equals(path))
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing is mounted at " + path));
    }

    private JsonNode volume(String name) {
        return elements(pod.path("volumes"))
                .filter(v -> v.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no volume " + name));
    }
}
