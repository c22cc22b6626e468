package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.interviewarchive.interview.Role;
import org.interviewarchive.quote.QuoteKind;
import org.junit.jupiter.api.Test;

/**
 * The parsers' kinds and roles are plain Java of their own; each becomes the stored one of the same meaning, so that
 * a paraphrase never turns into someone's own words on the way in.
 */
class ParsedKindsAndRolesTest {

    @Test
    void everyParsedKindIsStoredAsTheKindOfTheSameMeaning() {
        Map<org.interviewarchive.ingest.parse.QuoteKind, QuoteKind> expected = Map.of(
                org.interviewarchive.ingest.parse.QuoteKind.DIRECT, QuoteKind.DIRECT,
                org.interviewarchive.ingest.parse.QuoteKind.REPORTED, QuoteKind.REPORTED,
                org.interviewarchive.ingest.parse.QuoteKind.NARRATION, QuoteKind.NARRATION,
                org.interviewarchive.ingest.parse.QuoteKind.SUMMARY, QuoteKind.SUMMARY);

        assertThat(expected).hasSize(org.interviewarchive.ingest.parse.QuoteKind.values().length);
        expected.forEach((parsed, stored) -> assertThat(TranscriptResolver.kind(parsed)).isEqualTo(stored));
    }

    @Test
    void everyParsedRoleIsStoredAsTheRoleOfTheSameMeaning() {
        Map<org.interviewarchive.ingest.parse.Role, Role> expected = Map.of(
                org.interviewarchive.ingest.parse.Role.HOST, Role.HOST,
                org.interviewarchive.ingest.parse.Role.GUEST, Role.GUEST,
                org.interviewarchive.ingest.parse.Role.NARRATOR, Role.NARRATOR);

        assertThat(expected).hasSize(org.interviewarchive.ingest.parse.Role.values().length);
        expected.forEach((parsed, stored) -> assertThat(TranscriptResolver.role(parsed)).isEqualTo(stored));
    }
}
