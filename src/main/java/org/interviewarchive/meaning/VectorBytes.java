package org.interviewarchive.meaning;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** A vector as the database stores it: its floats, little-endian, four bytes each. */
final class VectorBytes {

    private VectorBytes() {
    }

    static byte[] of(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        return bytes.array();
    }

    static float[] vector(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
