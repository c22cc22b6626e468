package org.interviewarchive.interview;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InterviewRepository extends JpaRepository<Interview, Long> {

    Optional<Interview> findBySlug(String slug);

    @Query("select i.revision from Interview i where i.slug = :slug")
    Optional<Long> revisionBySlug(String slug);

    Optional<Interview> findBySourceFile(String sourceFile);

    boolean existsBySlug(String slug);

}
