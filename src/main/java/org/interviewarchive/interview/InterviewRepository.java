package org.interviewarchive.interview;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InterviewRepository extends JpaRepository<Interview, Long> {

    Optional<Interview> findBySlug(String slug);

    @Query("select i.revision from Interview i where i.slug = :slug")
    Optional<Long> revisionBySlug(String slug);

    Optional<Interview> findBySourceFile(String sourceFile);

    boolean existsBySlug(String slug);

    @Query("select new org.interviewarchive.interview.StoredFile(i.sourceFile, i.slug, i.fileStamp, i.contentHash,"
            + " i.ingestVersion) from Interview i where i.sourceFile = :sourceFile")
    Optional<StoredFile> findStoredFile(String sourceFile);

    @Query("select new org.interviewarchive.interview.StoredFile(i.sourceFile, i.slug, i.fileStamp, i.contentHash,"
            + " i.ingestVersion) from Interview i")
    List<StoredFile> findStoredFiles();

    @Modifying
    @Query("update Interview i set i.fileStamp = :fileStamp where i.sourceFile = :sourceFile")
    void updateFileStamp(String sourceFile, String fileStamp);

    List<Interview> findAllByOrderByIngestedAtDescSlugAsc(Limit limit);

    List<Interview> findBySlugInOrderByIngestedAtDescSlugAsc(Collection<String> slugs, Limit limit);

    @Query("""
            select new org.interviewarchive.interview.Stamped(i.slug, i.ingestedAt) from Interview i
            order by i.ingestedAt desc, i.slug""")
    List<Stamped> findStamps();

    @Query("select distinct s.title from Section s order by s.title")
    List<String> findSectionTitles();
}
