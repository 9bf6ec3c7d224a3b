package dev.accord.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Accord's proofs are RFC 9162 proofs: transparency-dev's published vectors verify (or fail) as they say, the trees
 * of RFC 6962's test leaves have their published roots, and every proof made from stored nodes checks out.
 */
class MerkleProofsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<byte[]> RFC_6962_LEAVES = Stream.of(
                    "", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f")
            .map(HexFormat.of()::parseHex)
            .toList();
    /** The roots of the trees of the first 1 to 8 of those leaves, as transparency-dev publishes them. */
    private static final List<String> RFC_6962_ROOTS = List.of(
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    @TestFactory
    Stream<DynamicTest> transparency_devs_inclusion_vectors() {
        return vectors("inclusion")
                .map(vector -> DynamicTest.dynamicTest(vector.getKey(), () -> {
                    JsonNode v = vector.getValue();
                    boolean verified = MerkleProofs.verifyInclusion(
                            v.get("leafIdx").asLong(),
                            v.get("treeSize").asLong(),
                            bytes(v.get("leafHash")),
                            hashes(v.get("proof")),
                            bytes(v.get("root")));
                    assertThat(verified).isEqualTo(!v.get("wantErr").asBoolean());
                }));
    }

    @TestFactory
    Stream<DynamicTest> transparency_devs_consistency_vectors() {
        return vectors("consistency")
                .map(vector -> DynamicTest.dynamicTest(vector.getKey(), () -> {
                    JsonNode v = vector.getValue();
                    boolean verified = MerkleProofs.verifyConsistency(
                            v.get("size1").asLong(),
                            v.get("size2").asLong(),
                            hashes(v.get("proof")),
                            bytes(v.get("root1")),
                            bytes(v.get("root2")));
                    assertThat(verified).isEqualTo(!v.get("wantErr").asBoolean());
                }));
    }

    @Test
    void trees_of_rfc_6962s_leaves_have_the_published_roots_and_proofs() {
        MerkleTree tree =
                treeOf(RFC_6962_LEAVES.stream().map(MerkleHashes::leaf).toList());
        GrowingTree growing = new GrowingTree();
        for (int size = 1; size <= 8; size++) {
            growing.append(MerkleHashes.leaf(RFC_6962_LEAVES.get(size - 1)));
            byte[] published = HexFormat.of().parseHex(RFC_6962_ROOTS.get(size - 1));
            assertThat(tree.root(size)).isEqualTo(published);
            assertThat(growing.root()).isEqualTo(published);
        }
        // The happy paths of the vectors above, made rather than read.
        assertThat(hex(tree.inclusionProof(0, 8)))
                .containsExactly(
                        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
        assertThat(hex(tree.consistencyProof(1, 8)))
                .containsExactly(
                        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
    }

    @Test
    void every_proof_in_trees_of_up_to_70_leaves_verifies_and_fails_for_another_leaf_or_root() {
        Random random = new Random(9162);
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            byte[] entry = new byte[random.nextInt(40)];
            random.nextBytes(entry);
            leaves.add(MerkleHashes.leaf(entry));
        }
        MerkleTree tree = treeOf(leaves);
        for (long size = 1; size <= leaves.size(); size++) {
            byte[] root = tree.root(size);
            for (long leaf = 0; leaf < size; leaf++) {
                List<byte[]> proof = tree.inclusionProof(leaf, size);
                assertThat(MerkleProofs.verifyInclusion(leaf, size, leaves.get((int) leaf), proof, root))
                        .isTrue();
                assertThat(MerkleProofs.verifyInclusion(leaf, size, MerkleHashes.leaf(new byte[] {7}), proof, root))
                        .isFalse();
            }
            for (long from = 1; from <= size; from++) {
                List<byte[]> proof = tree.consistencyProof(from, size);
                assertThat(MerkleProofs.verifyConsistency(from, size, proof, tree.root(from), root))
                        .isTrue();
                if (from < size) {
                    assertThat(MerkleProofs.verifyConsistency(from, size, proof, tree.root(from), tree.root(size - 1)))
                            .isFalse();
                }
            }
        }
    }

    @Test
    void a_proof_reads_few_stored_nodes_even_in_a_tree_of_a_billion_leaves() {
        long size = 1_000_000_007L;
        assertThat(MerkleTree.nodesRead(tree -> tree.inclusionProof(123_456_789L, size)))
                .hasSizeLessThan(80);
        assertThat(MerkleTree.nodesRead(tree -> tree.consistencyProof(999_999_999L, size)))
                .hasSizeLessThan(80);
    }

    /** A tree with every complete subtree stored, as migration V12's trigger stores them. */
    private static MerkleTree treeOf(List<byte[]> leaves) {
        Map<MerkleTree.Node, byte[]> nodes = new HashMap<>();
        List<byte[]> level = leaves;
        for (int height = 0; !level.isEmpty(); height++) {
            List<byte[]> above = new ArrayList<>();
            for (int i = 0; i < level.size(); i++) {
                nodes.put(new MerkleTree.Node(height, i), level.get(i));
                if (i % 2 == 1) {
                    above.add(MerkleHashes.node(level.get(i - 1), level.get(i)));
                }
            }
            level = above;
        }
        return new MerkleTree(nodes);
    }

    private static Stream<Map.Entry<String, JsonNode>> vectors(String kind) {
        try {
            Path root = Path.of(MerkleProofsTest.class
                    .getResource("/integrity/transparency-dev/" + kind)
                    .toURI());
            try (Stream<Path> files = Files.walk(root)) {
                List<Path> json = files.filter(file -> file.toString().endsWith(".json"))
                        .sorted()
                        .toList();
                assertThat(json).hasSizeGreaterThan(50);
                return json.stream().map(file -> Map.entry(root.relativize(file).toString(), read(file)));
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        if (array != null && !array.isNull()) {
            array.forEach(hash -> hashes.add(bytes(hash)));
        }
        return hashes;
    }

    private static byte[] bytes(JsonNode base64) {
        return base64 == null || base64.isNull()
                ? new byte[0]
                : Base64.getDecoder().decode(base64.asText());
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HexFormat.of()::formatHex).toList();
    }
}
