package dev.accord.app.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Checkpoints are signed notes any C2SP signed-note implementation reads: checked against Go's own example. */
class SignedNoteTest {

    // The example of golang.org/x/mod/sumdb/note's documentation: its private key, verifier key and signed note.
    private static final String GO_PRIVATE_KEY =
            "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    private static final String GO_VERIFIER_KEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    private static final String GO_TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    private static final String GO_NOTE = GO_TEXT + "\n\u2014 PeterNeumann "
            + "x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";

    @Test
    void signs_the_same_bytes_as_gos_note_package() {
        CheckpointKey key = CheckpointKey.parse(GO_PRIVATE_KEY);

        assertThat(key.verifier()).hasToString(GO_VERIFIER_KEY);
        assertThat(key.sign(GO_TEXT)).isEqualTo(GO_NOTE);
        assertThat(key.privateKeyLine()).isEqualTo(GO_PRIVATE_KEY);
    }

    @Test
    void opens_gos_note_and_refuses_it_once_a_byte_changed() {
        VerifierKey verifier = VerifierKey.parse(GO_VERIFIER_KEY);

        assertThat(verifier.verifiedText(GO_NOTE)).contains(GO_TEXT);
        assertThat(verifier.verifiedText(GO_NOTE.replace("problem,", "problem;")))
                .isEmpty();
        assertThat(VerifierKey.parse(CheckpointKey.generate("PeterNeumann")
                                .verifier()
                                .toString())
                        .verifiedText(GO_NOTE))
                .isEmpty();
    }

    @Test
    void refuses_keys_whose_id_does_not_match_their_name_and_key() {
        assertThatThrownBy(() -> VerifierKey.parse(GO_VERIFIER_KEY.replace("c74f20a3", "c74f20a4")))
                .hasMessageContaining("id does not match");
        assertThatThrownBy(() -> CheckpointKey.parse(GO_PRIVATE_KEY.replace("PeterNeumann", "Peter")))
                .hasMessageContaining("id does not match");
    }

    @Test
    void a_checkpoint_is_origin_size_and_root_signed_by_the_logs_key() {
        CheckpointKey key = CheckpointKey.generate("accord.example/ledger");
        byte[] root = MerkleHashes.leaf(new byte[] {1});

        Checkpoint checkpoint = Checkpoint.sign(key, 42, root, Instant.parse("2026-11-29T12:00:00Z"));

        assertThat(checkpoint.note())
                .startsWith("accord.example/ledger\n42\n" + Base64.getEncoder().encodeToString(root)
                        + "\n\n\u2014 accord.example/ledger ");
        assertThat(Checkpoint.verified(checkpoint.note(), key.verifier(), null)).hasValueSatisfying(read -> {
            assertThat(read.treeSize()).isEqualTo(42);
            assertThat(read.rootHash()).isEqualTo(root);
        });
        assertThat(Checkpoint.verified(checkpoint.note().replace("\n42\n", "\n43\n"), key.verifier(), null))
                .isEmpty();
    }
}
