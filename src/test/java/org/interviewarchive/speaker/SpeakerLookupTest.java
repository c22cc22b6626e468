package org.interviewarchive.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.interviewarchive.config.ArchiveProperties;
import org.interviewarchive.support.TestArchives;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one rule every look-up of a speaker follows (ingest, the interview filter, search): names compare without
 * regard to width, case or spacing; the registry's people come first, a canonical name before an alias, then a slug.
 */
@DataJpaTest
@Import({SpeakerService.class, SpeakerRegistry.class})
@EnableConfigurationProperties(ArchiveProperties.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpeakerLookupTest {

    private static final Path REGISTRY_DIR = TestArchives.newDataDir("speaker-lookup");

    @DynamicPropertySource
    static void registry(DynamicPropertyRegistry properties) {
        properties.add("archive.speaker-registry", () -> REGISTRY_DIR.resolve("speakers.yml").toString());
    }

    @Autowired
    private SpeakerService speakers;

    @BeforeAll
    void registryAndATranscriptsSpeaker() throws Exception {
        Files.writeString(REGISTRY_DIR.resolve("speakers.yml"), """
                speakers:
                  - name: Sebastian Borgeaud
                    aliases: [Sebastian Boro, 布尔若, 塞巴斯蒂安·布尔若]
                  - name: Logan Kilpatrick
                    aliases: [Logan]
                """);
        speakers.syncRegistry();
        speakers.create("Logan");
    }

    @Test
    void widthCaseAndSpacingDoNotMatter() {
        assertThat(speakers.slugOf("  sebastian   BORGEAUD ")).hasValue("sebastian-borgeaud");
        assertThat(speakers.slugOf("Ｓｅｂａｓｔｉａｎ Ｂｏｒｏ")).hasValue("sebastian-borgeaud");
        assertThat(speakers.slugOf("塞巴斯蒂安 · 布尔若")).hasValue("sebastian-borgeaud");
    }

    @Test
    void aliasesAndSlugsFindTheSamePerson() {
        assertThat(speakers.slugOf("布尔若")).hasValue("sebastian-borgeaud");
        assertThat(speakers.slugOf("sebastian-borgeaud")).hasValue("sebastian-borgeaud");
    }

    @Test
    void theRegistrysPersonWinsOverASpeakerATranscriptNamedTheSame() {
        assertThat(speakers.findByAnyName("Logan")).hasValueSatisfying(speaker ->
                assertThat(speaker.getName()).isEqualTo("Logan Kilpatrick"));
    }

    @Test
    void aNameNoOneHasFindsNoOne() {
        assertThat(speakers.slugOf("Noam Shazeer")).isEmpty();
        assertThat(speakers.slugOf("   ")).isEmpty();
    }
}
