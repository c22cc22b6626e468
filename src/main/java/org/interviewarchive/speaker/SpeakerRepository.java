package org.interviewarchive.speaker;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SpeakerRepository extends JpaRepository<Speaker, Long> {

    Optional<Speaker> findBySlug(String slug);

    boolean existsBySlug(String slug);

    /** Speakers whose canonical name has this key, the first stored first. */
    @Query("select s from Speaker s where s.nameKey = :key order by s.id")
    List<Speaker> findByNameKey(String key, Limit limit);

    /** Speakers with an alias of this key, the first stored first. */
    @Query("select s from Speaker s join s.aliases a where a.key = :key order by s.id")
    List<Speaker> findByAliasKey(String key, Limit limit);
}
