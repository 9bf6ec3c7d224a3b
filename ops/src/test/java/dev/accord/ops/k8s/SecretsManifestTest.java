package dev.accord.ops.k8s;

import static dev.accord.ops.k8s.Manifests.elements;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every Secret a manifest reads is one an operator is told to create (secrets.example.yaml and the kubectl commands in
 * ops/README.md) or one CloudNativePG makes, with the keys read from it; and the repository holds no secret value.
 */
class SecretsManifestTest {

    private static final String EXAMPLES = "secrets.example.yaml";
    /** Made by CloudNativePG for the cluster: its certificate authority, which Accord checks the server against. */
    private static final String MADE_BY_THE_OPERATOR = "-ca";

    private final Manifests manifests = Manifests.load();

    @Test
    void everySecretReadIsDefinedWithTheKeysRead() {
        String cluster = manifests.the("Cluster").name();
        referencedKeys().forEach((secret, keys) -> {
            if (secret.equals(cluster + MADE_BY_THE_OPERATOR)) {
                assertThat(keys).containsOnly("ca.crt");
                return;
            }
            JsonNode example = manifests
                    .find("Secret", secret)
                    .orElseThrow(() -> new AssertionError(EXAMPLES + " does not define " + secret))
                    .body();
            keys.forEach(key -> assertThat(example.path("stringData").has(key))
                    .as("%s has the key %s", secret, key)
                    .isTrue());
        });
    }

    @Test
    void everyExampleSecretIsReadAndDocumented() throws IOException {
        String readme = Files.readString(OpsPaths.repository().resolve("ops/README.md"));
        assertThat(manifests.ofKind("Secret")).allSatisfy(secret -> {
            assertThat(referencedKeys()).containsKey(secret.name());
            assertThat(readme)
                    .as("ops/README.md says how to create %s", secret.name())
                    .containsPattern("create secret [a-z]+ " + secret.name() + "\\b");
        });
        String cluster = manifests.the("Cluster").name();
        assertThat(readme).contains(cluster + MADE_BY_THE_OPERATOR);
    }

    @Test
    void theRepositoryHoldsPlaceholdersNeverSecretValues() {
        assertThat(manifests.ofKind("Secret")).allSatisfy(secret -> {
            assertThat(secret.file()).hasToString(EXAMPLES);
            assertThat(secret.body().has("data"))
                    .as("%s: base64 hides what it holds", secret.name())
                    .isFalse();
            secret.body().path("stringData").fields().forEachRemaining(field -> {
                if (!field.getKey().equals("username")) {
                    assertThat(field.getValue().asText())
                            .as("%s/%s", secret.name(), field.getKey())
                            .matches("<[^<>]+>");
                }
            });
        });
    }

    /** Secret name → the keys read from it, by the Deployment, the Ingress, the database cluster and the scrape. */
    private Map<String, Set<String>> referencedKeys() {
        Map<String, Set<String>> keys = new TreeMap<>();
        JsonNode pod = manifests.the("Deployment").at("/spec/template/spec");
        elements(pod.at("/containers/0/env"))
                .map(e -> e.at("/valueFrom/secretKeyRef"))
                .filter(ref -> !ref.isMissingNode())
                .forEach(ref ->
                        add(keys, ref.path("name").asText(), ref.path("key").asText()));
        elements(pod.path("volumes"))
                .map(v -> v.path("secret"))
                .filter(secret -> !secret.isMissingNode())
                .forEach(secret -> elements(secret.path("items"))
                        .forEach(item -> add(
                                keys,
                                secret.path("secretName").asText(),
                                item.path("key").asText())));
        elements(manifests.the("Ingress").at("/spec/tls")).forEach(tls -> {
            add(keys, tls.path("secretName").asText(), "tls.crt");
            add(keys, tls.path("secretName").asText(), "tls.key");
        });
        JsonNode cluster = manifests.the("Cluster").at("/spec");
        add(keys, cluster.at("/bootstrap/initdb/secret/name").asText(), "username");
        add(keys, cluster.at("/bootstrap/initdb/secret/name").asText(), "password");
        elements(cluster.at("/managed/roles")).forEach(role -> {
            add(keys, role.at("/passwordSecret/name").asText(), "username");
            add(keys, role.at("/passwordSecret/name").asText(), "password");
        });
        elements(manifests.the("ServiceMonitor").at("/spec/endpoints"))
                .flatMap(endpoint ->
                        Set.of("username", "password").stream().map(part -> endpoint.at("/basicAuth/" + part)))
                .filter(ref -> !ref.isMissingNode())
                .forEach(ref ->
                        add(keys, ref.path("name").asText(), ref.path("key").asText()));
        return keys;
    }

    private static void add(Map<String, Set<String>> keys, String secret, String key) {
        assertThat(secret).as("a reference names its Secret").isNotBlank();
        keys.computeIfAbsent(secret, s -> new TreeSet<>()).add(key);
    }
}
