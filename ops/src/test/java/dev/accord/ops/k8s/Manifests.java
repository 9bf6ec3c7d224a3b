package dev.accord.ops.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** Every YAML document under ops/k8s, as Kubernetes would read it, by file and by kind and name. */
final class Manifests {

    static final Path DIRECTORY = OpsPaths.repository().resolve("ops/k8s");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** A document of a file: its kind, name and body. */
    record Manifest(Path file, JsonNode body) {

        String kind() {
            return body.path("kind").asText();
        }

        String name() {
            return body.path("metadata").path("name").asText();
        }

        JsonNode at(String pointer) {
            return body.at(pointer);
        }
    }

    private final Map<Path, List<Manifest>> byFile = new TreeMap<>();

    private Manifests() {}

    static Manifests load() {
        Manifests manifests = new Manifests();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                manifests.byFile.put(file.getFileName(), parse(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return manifests;
    }

    private static List<Manifest> parse(Path file) throws IOException {
        List<Manifest> documents = new ArrayList<>();
        try (YAMLParser parser = (YAMLParser) YAML.getFactory().createParser(file.toFile())) {
            for (JsonNode document : YAML.readValues(parser, JsonNode.class).readAll()) {
                if (document != null && !document.isMissingNode() && !document.isNull()) {
                    documents.add(new Manifest(file.getFileName(), document));
                }
            }
        }
        return documents;
    }

    Map<Path, List<Manifest>> byFile() {
        return byFile;
    }

    List<Manifest> all() {
        return byFile.values().stream().flatMap(List::stream).toList();
    }

    List<Manifest> ofKind(String kind) {
        return all().stream().filter(m -> m.kind().equals(kind)).toList();
    }

    Optional<Manifest> find(String kind, String name) {
        return ofKind(kind).stream().filter(m -> m.name().equals(name)).findFirst();
    }

    Manifest the(String kind) {
        List<Manifest> found = ofKind(kind).stream()
                .filter(m -> !m.file().toString().contains("example"))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " in ops/k8s, found " + found.size());
        }
        return found.get(0);
    }

    static Stream<JsonNode> elements(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    /** The fields of an object node, e.g. labels, as a map of texts. */
    static Map<String, String> texts(JsonNode object) {
        Map<String, String> texts = new TreeMap<>();
        object.fields()
                .forEachRemaining(
                        field -> texts.put(field.getKey(), field.getValue().asText()));
        return texts;
    }
}
