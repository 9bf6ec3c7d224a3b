package dev.accord.ops.k8s;

import static dev.accord.ops.k8s.Manifests.elements;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * The CloudNativePG cluster gives Accord what README's "Least privilege" asks of a database: an owner role that owns
 * the database and runs the migrations, a runtime role Accord runs as, the owner a member of the runtime role and
 * never the reverse, and the Deployment reading each role's credentials from the Secret the cluster sets them from.
 */
class DatabaseManifestTest {

    private final Manifests manifests = Manifests.load();
    private final Manifests.Manifest cluster = manifests.the("Cluster");
    private final JsonNode container = manifests.the("Deployment").at("/spec/template/spec/containers/0");

    @Test
    void isAHighlyAvailableCloudNativePgCluster() {
        assertThat(cluster.at("/apiVersion").asText()).isEqualTo("postgresql.cnpg.io/v1");
        assertThat(cluster.at("/spec/instances").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(cluster.at("/spec/postgresql/synchronous/number").asInt())
                .as("an acknowledged decision is on a standby too")
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void accordConnectsToTheClustersPrimaryAndItsDatabase() {
        String url = env("SPRING_DATASOURCE_URL").path("value").asText();
        assertThat(url).startsWith("jdbc:postgresql://");
        URI uri = URI.create(url.substring("jdbc:".length()));
        assertThat(uri.getHost()).isEqualTo(cluster.name() + "-rw");
        assertThat(uri.getPath())
                .isEqualTo("/" + cluster.at("/spec/bootstrap/initdb/database").asText());
    }

    @Test
    void theOwnerRoleOwnsTheDatabaseAndAccordKnowsIt() {
        String owner = cluster.at("/spec/bootstrap/initdb/owner").asText();
        String ownerSecret = cluster.at("/spec/bootstrap/initdb/secret/name").asText();
        assertThat(owner).isNotBlank();
        assertThat(secretOf("ACCORD_DB_OWNER_USER")).isEqualTo(ownerSecret);
        assertThat(secretOf("ACCORD_DB_OWNER_PASSWORD")).isEqualTo(ownerSecret);
        assertThat(role(owner).at("/passwordSecret/name").asText()).isEqualTo(ownerSecret);
        assertThat(exampleUsername(ownerSecret)).isEqualTo(owner);
    }

    @Test
    void accordRunsAsTheRuntimeRoleWhichIsNoOwnerNorSuperuser() {
        String owner = cluster.at("/spec/bootstrap/initdb/owner").asText();
        String runtimeSecret = secretOf("SPRING_DATASOURCE_USERNAME");
        assertThat(secretOf("SPRING_DATASOURCE_PASSWORD")).isEqualTo(runtimeSecret);
        String runtime = exampleUsername(runtimeSecret);
        assertThat(runtime).isNotEqualTo(owner);
        JsonNode role = role(runtime);
        assertThat(role.at("/passwordSecret/name").asText()).isEqualTo(runtimeSecret);
        assertThat(role.path("login").asBoolean()).isTrue();
        assertThat(role.path("superuser").asBoolean()).isFalse();
        assertThat(role.path("bypassrls").asBoolean()).isFalse();
        assertThat(elements(role.path("inRoles")).map(JsonNode::asText)).doesNotContain(owner);
        assertThat(elements(role(owner).path("inRoles")).map(JsonNode::asText))
                .as("GRANT %s TO %s", runtime, owner)
                .contains(runtime);
    }

    private JsonNode role(String name) {
        return elements(cluster.at("/spec/managed/roles"))
                .filter(r -> r.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the cluster manages no role " + name));
    }

    private JsonNode env(String name) {
        return elements(container.path("env"))
                .filter(e -> e.path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the Deployment does not set " + name));
    }

    private String secretOf(String variable) {
        return env(variable).at("/valueFrom/secretKeyRef/name").asText();
    }

    private String exampleUsername(String secret) {
        return manifests
                .find("Secret", secret)
                .orElseThrow(() -> new AssertionError("secrets.example.yaml lacks " + secret))
                .at("/stringData/username")
                .asText();
    }
}
