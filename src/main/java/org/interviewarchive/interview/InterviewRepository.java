package org.interviewarchive.interview;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InterviewRepository extends JpaRepository<Interview, Long> {

    Optional<Interview> findBySlug(String slug);

    @Query("select i.revision from Interview i where i.slug = :slug")
    Optional<Long> revisionBySlug(String slug);

    Optional<Interview> findBySourceFile(String sourceFile);

    boolean existsBySlug(String slug);

    @Query("select new org.interviewarchive.interview.StoredFile(i.slug, i.fileStamp, i.contentHash, i.ingestVersion)"
            + " from Interview i where i.sourceFile = :sourceFile")
    Optional<StoredFile> findStoredFile(String sourceFile);

    @Modifying
    @Query("update Interview i set i.fileStamp = :fileStamp where i.sourceFile = :sourceFile")
    void updateFileStamp(String sourceFile, String fileStamp);

}
