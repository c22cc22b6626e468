package org.interviewarchive.interview;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ParticipationRepository extends JpaRepository<Participation, Long> {

    @Query("select p from Participation p join fetch p.speaker join fetch p.interview")
    List<Participation> findAllWithSpeakerAndInterview();
}
