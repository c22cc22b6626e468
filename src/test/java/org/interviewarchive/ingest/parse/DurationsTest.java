package org.interviewarchive.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsClockReadings() {
        assertThat(Durations.clockSeconds("48:37")).isEqualTo(2917);
        assertThat(Durations.clockSeconds("1:02:03")).isEqualTo(3723);
        assertThat(Durations.find("时长：1:02:03")).contains(3723);
    }

    @Test
    void readsSpelledLengths() {
        assertThat(Durations.find("49分钟")).contains(2940);
        assertThat(Durations.find("1小时5分30秒")).contains(3930);
        assertThat(Durations.find("about 12 min")).contains(720);
    }

    @Test
    void findsNothingWhereNoLengthIsStated() {
        assertThat(Durations.find("未提供")).isEmpty();
        assertThat(Durations.find("3 models")).isEmpty();
        assertThat(Durations.find("2025年12月18日")).isEmpty();
    }
}
