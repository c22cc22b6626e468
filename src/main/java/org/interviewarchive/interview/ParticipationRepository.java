package org.interviewarchive.interview;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ParticipationRepository extends JpaRepository<Participation, Long> {

    @Query("""
            select s.slug from Participation p join p.speaker s
            group by s.id, s.slug, s.name order by s.name, s.id""")
    List<String> findSpeakerSlugsByName();

    /** The speakers' parts with their interviews, and the speakers with their aliases, in one query. */
    @Query("""
            select p from Participation p join fetch p.interview join fetch p.speaker s left join fetch s.aliases
            where s.slug in :speakerSlugs""")
    List<Participation> findBySpeakerSlugs(Collection<String> speakerSlugs);

    /** Each speaker's page changes when one of their interviews is stored. */
    @Query("""
            select new org.interviewarchive.interview.Stamped(s.slug, max(i.ingestedAt))
            from Participation p join p.speaker s join p.interview i
            group by s.id, s.slug, s.name order by s.name, s.id""")
    List<Stamped> findSpeakerStamps();
}
