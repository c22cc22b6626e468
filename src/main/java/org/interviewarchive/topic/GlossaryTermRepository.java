package org.interviewarchive.topic;

import java.util.List;
import org.interviewarchive.interview.Interview;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface GlossaryTermRepository extends JpaRepository<GlossaryTerm, Long> {

    @Query("select g from GlossaryTerm g order by g.interview.id, g.position")
    List<GlossaryTerm> findAllInOrder();

    @Modifying(flushAutomatically = true)
    @Query("delete from GlossaryTerm g where g.interview = :interview")
    void deleteByInterview(Interview interview);
}
