package dev.accord.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.accord.domain.project.api.ChangeKind;
import dev.accord.domain.project.api.ProjectStatus;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void aConstantReadsAsASentenceBeginning() {
        assertThat(Words.of(ChangeKind.INITIAL_BUDGET)).isEqualTo("Initial budget");
        assertThat(Words.of(ProjectStatus.PROPOSED)).isEqualTo("Proposed");
    }
}
