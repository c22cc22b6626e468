package org.interviewarchive.interview;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterviewRepository extends JpaRepository<Interview, Long> {

    Optional<Interview> findBySlug(String slug);

    Optional<Interview> findBySourceFile(String sourceFile);

    boolean existsBySlug(String slug);

}
