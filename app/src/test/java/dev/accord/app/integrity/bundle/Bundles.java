package dev.accord.app.integrity.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/** Audit bundles as an auditor gets them from the API, and the same bundles altered on their way. */
public final class Bundles {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Bundles() {}

    /** Downloads a bundle as ida, a member, into {@code file}. */
    public static Path download(TestRestTemplate http, String query, Path file) {
        return download(http, "ida", query, file);
    }

    /** Downloads a bundle as the given user into {@code file}. */
    public static Path download(TestRestTemplate http, String user, String query, Path file) {
        ResponseEntity<byte[]> response =
                http.withBasicAuth(user, "demo").getForEntity("/api/integrity/bundle" + query, byte[].class);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/zip");
        try {
            return Files.write(file, response.getBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> lines(Path bundle, String entry) {
        try (ZipFile zip = new ZipFile(bundle.toFile())) {
            String text = new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the bundle with one entry's lines replaced. */
    public static Path altered(Path bundle, String entry, UnaryOperator<List<String>> change, Path to) {
        try (ZipFile in = new ZipFile(bundle.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry each : Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(each).readAllBytes();
                if (each.getName().equals(entry)) {
                    List<String> lines = change.apply(new ArrayList<>(
                            new String(bytes, StandardCharsets.UTF_8).lines().toList()));
                    bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(each.getName()));
                out.write(bytes);
                out.closeEntry();
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event line with one byte of its payload changed, the way a rewritten event would differ. */
    public static String withOnePayloadByteChanged(String line) {
        try {
            ObjectNode event = (ObjectNode) JSON.readTree(line);
            byte[] payload = Base64.getDecoder().decode(event.get("payload").asText());
            payload[payload.length / 2] ^= 0x01;
            event.put("payload", Base64.getEncoder().encodeToString(payload));
            return JSON.writeValueAsString(event);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String aggregateOf(String line) {
        try {
            return JSON.readTree(line).get("aggregateIdentifier").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long globalIndexOf(String line) {
        try {
            return JSON.readTree(line).get("globalIndex").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
