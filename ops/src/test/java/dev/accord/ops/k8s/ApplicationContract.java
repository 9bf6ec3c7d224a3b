package dev.accord.ops.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the application itself says about how it is reached and configured: its port, the actuator's paths, the image's
 * user and port (app/pom.xml), and the environment variables it reads (application.properties and the README). The
 * manifests are checked against this, not against copies of these values.
 */
final class ApplicationContract {

    private static final Path ROOT = OpsPaths.repository();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern DOCUMENTED_NAME = Pattern.compile("`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)");

    private final Properties properties = new Properties();
    private final Document pom;
    private final String readme;

    private ApplicationContract() {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("app/src/main/resources/application.properties"))) {
            properties.load(reader);
            readme = Files.readString(ROOT.resolve("README.md"));
            pom = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(ROOT.resolve("app/pom.xml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("app/pom.xml cannot be read", e);
        }
    }

    static ApplicationContract read() {
        return new ApplicationContract();
    }

    /** server.port's default, e.g. 8080 from {@code ${PORT:8080}}. */
    int serverPort() {
        String value = properties.getProperty("server.port", "8080");
        Matcher placeholder = PLACEHOLDER.matcher(value);
        return Integer.parseInt(placeholder.matches() ? placeholder.group(2) : value);
    }

    /** The actuator on the application's own port (no management.server.port), so probes use the same one. */
    boolean actuatorOnServerPort() {
        return !properties.containsKey("management.server.port");
    }

    boolean exposes(String endpoint) {
        String include = properties.getProperty("management.endpoints.web.exposure.include", "health");
        return List.of(include.split(",")).stream().map(String::strip).anyMatch(endpoint::equals);
    }

    boolean probesEnabled() {
        return Boolean.parseBoolean(properties.getProperty("management.endpoint.health.probes.enabled", "false"));
    }

    String actuatorPath(String endpoint) {
        return properties.getProperty("management.endpoints.web.base-path", "/actuator") + "/" + endpoint;
    }

    /** The probes' paths are open to anonymous requests in the application's security configuration. */
    boolean permitsAnonymously(String path) {
        try {
            String security = Files.readString(
                    ROOT.resolve("app/src/main/java/dev/accord/app/config/SecurityConfiguration.java"));
            return security.contains("\"" + path + "\"") && security.contains("permitAll()");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The image's container ports, from the Jib configuration. */
    List<Integer> imagePorts() {
        NodeList ports = jib().getElementsByTagName("port");
        return java.util.stream.IntStream.range(0, ports.getLength())
                .mapToObj(i -> Integer.parseInt(resolve(ports.item(i).getTextContent())))
                .toList();
    }

    /** The image's numeric user id, from the Jib configuration. */
    long imageUid() {
        String user = resolve(jib().getElementsByTagName("user").item(0).getTextContent());
        return Long.parseLong(user.split(":")[0]);
    }

    /**
     * An environment variable the application reads: named in application.properties as a placeholder, the relaxed
     * binding of one of its keys or of a key the README documents, or named in the README (which lists every setting
     * with its variable).
     */
    boolean reads(String variable) {
        return knownVariables().contains(variable) || relaxedKeys().contains(relaxed(variable));
    }

    private Set<String> knownVariables() {
        Set<String> names = new HashSet<>();
        for (String value : properties.stringPropertyNames().stream()
                .map(properties::getProperty)
                .toList()) {
            Matcher placeholder = PLACEHOLDER.matcher(value);
            while (placeholder.find()) {
                names.add(placeholder.group(1));
            }
        }
        Matcher documented = DOCUMENTED_NAME.matcher(readme);
        while (documented.find()) {
            names.add(documented.group(1));
        }
        return names;
    }

    private Set<String> relaxedKeys() {
        Set<String> keys = new HashSet<>();
        properties.stringPropertyNames().forEach(key -> keys.add(relaxed(key)));
        Matcher documented = Pattern.compile("`([a-z][a-z0-9.-]+)`").matcher(readme);
        while (documented.find()) {
            keys.add(relaxed(documented.group(1)));
        }
        return keys;
    }

    /** Spring's relaxed binding: SPRING_DATASOURCE_URL, spring.datasource.url and spring.data-source.url are one. */
    private static String relaxed(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private Element jib() {
        NodeList artifacts = pom.getElementsByTagName("artifactId");
        for (int i = 0; i < artifacts.getLength(); i++) {
            if (artifacts.item(i).getTextContent().equals("jib-maven-plugin")) {
                return (Element) artifacts.item(i).getParentNode();
            }
        }
        throw new AssertionError("app/pom.xml has no jib-maven-plugin");
    }

    private String resolve(String text) {
        Matcher property = Pattern.compile("\\$\\{([^}]+)}").matcher(text.strip());
        StringBuilder resolved = new StringBuilder();
        while (property.find()) {
            NodeList values = pom.getElementsByTagName(property.group(1));
            if (values.getLength() == 0) {
                throw new AssertionError("app/pom.xml does not define " + property.group(1));
            }
            property.appendReplacement(
                    resolved, Matcher.quoteReplacement(resolve(values.item(0).getTextContent())));
        }
        property.appendTail(resolved);
        return resolved.toString();
    }
}
