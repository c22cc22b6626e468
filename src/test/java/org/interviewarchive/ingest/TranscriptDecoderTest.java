package org.interviewarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TranscriptDecoderTest {

    private static final String INTERVIEW = "**主持人：** 欢迎回来，很高兴再次和你交流！\r\n\r\n**Oriol Vinyals：** 你好，谢谢你再次邀请我。\r\n"
            .repeat(8);

    @Test
    void readsUtf8WithAndWithoutByteOrderMark() {
        byte[] plain = INTERVIEW.getBytes(StandardCharsets.UTF_8);
        byte[] marked = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain);
        assertThat(TranscriptDecoder.decode(plain)).isEqualTo(INTERVIEW);
        assertThat(TranscriptDecoder.decode(marked)).isEqualTo(INTERVIEW);
    }

    @Test
    void readsUtf16WithByteOrderMarkEitherWay() {
        byte[] little = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, INTERVIEW.getBytes(StandardCharsets.UTF_16LE));
        byte[] big = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, INTERVIEW.getBytes(StandardCharsets.UTF_16BE));
        assertThat(TranscriptDecoder.decode(little)).isEqualTo(INTERVIEW);
        assertThat(TranscriptDecoder.decode(big)).isEqualTo(INTERVIEW);
    }

    @Test
    void readsGb18030WhenTheBytesAreNotUtf8() throws Exception {
        String seed = Files.readString(Path.of("seeds", "000_2ada8b3cbe10c4aa.txt"));
        assertThat(TranscriptDecoder.decode(seed.getBytes(Charset.forName("GB18030")))).isEqualTo(seed);
    }

    @Test
    void refusesEmptyAndWhitespaceOnlyFiles() {
        assertThatThrownBy(() -> TranscriptDecoder.decode(new byte[0])).hasMessage("the file is empty");
        assertThatThrownBy(() -> TranscriptDecoder.decode(" \n\t\r\n   ".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("the file has nothing but white space");
    }

    @Test
    void refusesBinaryFiles() {
        byte[] png = concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D},
                INTERVIEW.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TranscriptDecoder.decode(png)).hasMessage("it is a binary file, not text");
    }

    @Test
    void refusesBytesThatAreNoKnownEncoding() {
        byte[] broken = INTERVIEW.getBytes(StandardCharsets.UTF_8);
        broken[10] = (byte) 0xFF;
        broken[11] = (byte) 0xFF;
        assertThatThrownBy(() -> TranscriptDecoder.decode(broken))
                .hasMessage("its bytes are not text in UTF-8, UTF-16 or GB18030");
    }

    @Test
    void refusesAFileMarkedUtf8WhoseBytesAreNot() {
        byte[] broken = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, (byte) 0x28},
                INTERVIEW.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> TranscriptDecoder.decode(broken))
                .hasMessage("it is marked as UTF-8 but its bytes are not valid UTF-8");
    }

    @Test
    void refusesTooLittleTextToBeAnInterview() {
        assertThatThrownBy(() -> TranscriptDecoder.decode("**主持人：** 你好。\n**嘉宾：** 你好。".getBytes(StandardCharsets.UTF_8)))
                .hasMessageStartingWith("it has too little text to be an interview (");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
