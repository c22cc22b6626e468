package org.interviewarchive.speaker;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpeakerRepository extends JpaRepository<Speaker, Long> {

    Optional<Speaker> findBySlug(String slug);
}
