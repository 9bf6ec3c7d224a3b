package dev.accord.ops.k8s;

import static dev.accord.ops.k8s.Manifests.elements;
import static dev.accord.ops.k8s.Manifests.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests reach Accord's pods: the Service, the Ingress (sticky), the disruption budget and the metrics scrape. */
class RoutingManifestTest {

    private final Manifests manifests = Manifests.load();
    private final ApplicationContract application = ApplicationContract.read();
    private final Manifests.Manifest deployment = manifests.the("Deployment");
    private final Map<String, String> podLabels = texts(deployment.at("/spec/template/metadata/labels"));
    private final Manifests.Manifest service = manifests.the("Service");

    @Test
    void theDeploymentsSelectorIsItsPods() {
        assertThat(podLabels).containsAllEntriesOf(texts(deployment.at("/spec/selector/matchLabels")));
    }

    @Test
    void theServiceSendsToThePodsApplicationPort() {
        assertThat(podLabels).containsAllEntriesOf(texts(service.at("/spec/selector")));
        JsonNode target = service.at("/spec/ports/0/targetPort");
        JsonNode containerPort = elements(deployment.at("/spec/template/spec/containers/0/ports"))
                .filter(p -> target.isInt()
                        ? p.path("containerPort").asInt() == target.asInt()
                        : p.path("name").asText().equals(target.asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the Service's targetPort is no port of the pod"));
        assertThat(containerPort.path("containerPort").asInt()).isEqualTo(application.serverPort());
    }

    @Test
    void theIngressKeepsEachBrowserWithItsNode() {
        Manifests.Manifest ingress = manifests.the("Ingress");
        Map<String, String> annotations = texts(ingress.at("/metadata/annotations"));
        assertThat(annotations)
                .containsEntry("nginx.ingress.kubernetes.io/affinity", "cookie")
                .containsEntry("nginx.ingress.kubernetes.io/affinity-mode", "persistent")
                .containsKey("nginx.ingress.kubernetes.io/session-cookie-name");
        assertThat(ingress.at("/spec/ingressClassName").asText()).isEqualTo("nginx");
        assertThat(Integer.parseInt(annotations.get("nginx.ingress.kubernetes.io/proxy-read-timeout")))
                .as("Vaadin's push connection stays open")
                .isGreaterThanOrEqualTo(300);
    }

    @Test
    void theIngressRoutesEverythingToTheService() {
        Manifests.Manifest ingress = manifests.the("Ingress");
        JsonNode path = ingress.at("/spec/rules/0/http/paths/0");
        assertThat(path.path("path").asText()).isEqualTo("/");
        JsonNode backend = path.at("/backend/service");
        assertThat(backend.path("name").asText()).isEqualTo(service.name());
        assertThat(elements(service.at("/spec/ports")).map(p -> p.path("name").asText()))
                .contains(backend.at("/port/name").asText());
        assertThat(ingress.at("/spec/tls/0/hosts/0").asText())
                .isEqualTo(ingress.at("/spec/rules/0/host").asText());
    }

    @Test
    void theDisruptionBudgetCoversThePodsAndStillLetsADrainProceed() {
        Manifests.Manifest budget = manifests.the("PodDisruptionBudget");
        assertThat(podLabels).containsAllEntriesOf(texts(budget.at("/spec/selector/matchLabels")));
        int replicas = deployment.at("/spec/replicas").asInt();
        JsonNode spec = budget.at("/spec");
        if (spec.has("maxUnavailable")) {
            assertThat(spec.path("maxUnavailable").asInt()).isBetween(1, replicas - 1);
        } else {
            assertThat(spec.path("minAvailable").asInt()).isBetween(1, replicas - 1);
        }
    }

    @Test
    void prometheusScrapesTheAdministratorsMetricsEndpoint() {
        assertThat(application.exposes("prometheus")).isTrue();
        Manifests.Manifest monitor = manifests.the("ServiceMonitor");
        assertThat(texts(service.at("/metadata/labels")))
                .containsAllEntriesOf(texts(monitor.at("/spec/selector/matchLabels")));
        JsonNode endpoint = monitor.at("/spec/endpoints/0");
        assertThat(endpoint.path("path").asText()).isEqualTo(application.actuatorPath("prometheus"));
        assertThat(elements(service.at("/spec/ports")).map(p -> p.path("name").asText()))
                .contains(endpoint.path("port").asText());
        assertThat(endpoint.at("/basicAuth/username/name").asText())
                .as("an administrator's credentials, from a Secret")
                .isNotBlank();
        assertThat(endpoint.at("/basicAuth/password/name").asText()).isNotBlank();
    }
}
