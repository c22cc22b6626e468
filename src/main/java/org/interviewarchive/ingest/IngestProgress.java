package org.interviewarchive.ingest;

/** Told of an ingest's progress: before the first file how many there are, then after each file. */
public interface IngestProgress {

    /** Tells no one. */
    IngestProgress NONE = new IngestProgress() {
        @Override
        public void begin(int files) {
        }

        @Override
        public void ingested(int done, int files, IngestResult result) {
        }
    };

    void begin(int files);

    void ingested(int done, int files, IngestResult result);
}
