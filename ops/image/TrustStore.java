import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;

/**
 * Makes the Java runtime's trusted certificates (what Debian's ca-certificates-java does in its install script, which
 * an image assembled from unpacked packages never runs): every certificate under a directory, in one PKCS12 store.
 * Without a MAC or certificate encryption, as the JDK's own cacerts, so the same certificates give the same bytes.
 *
 * <p>java ops/image/TrustStore.java CERTIFICATE_DIR OUTPUT_FILE
 */
public class TrustStore {

    public static void main(String[] args) throws Exception {
        System.setProperty("keystore.pkcs12.certProtectionAlgorithm", "NONE");
        System.setProperty("keystore.pkcs12.macAlgorithm", "NONE");
        Path certificates = Path.of(args[0]);
        Path output = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(certificates)) {
            files = walk.filter(f -> f.toString().endsWith(".crt")).sorted().toList();
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        CertificateFactory x509 = CertificateFactory.getInstance("X.509");
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                X509Certificate certificate = (X509Certificate) x509.generateCertificate(in);
                String alias = file.getFileName().toString().replaceFirst("\\.crt$", "").toLowerCase();
                store.setCertificateEntry(alias, certificate);
            }
        }
        if (store.size() == 0) {
            throw new IllegalStateException("no certificate under " + certificates);
        }
        Files.createDirectories(output.getParent());
        try (OutputStream out = Files.newOutputStream(output)) {
            store.store(out, "changeit".toCharArray());
        }
        System.out.println(store.size() + " trusted certificates in " + output);
    }
}
