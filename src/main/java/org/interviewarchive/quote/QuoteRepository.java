package org.interviewarchive.quote;

import jakarta.persistence.QueryHint;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.interviewarchive.interview.Interview;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface QuoteRepository extends JpaRepository<Quote, Long> {

    @Query("""
            select q from Quote q left join fetch q.speaker left join fetch q.section
            where q.interview.id = :interviewId order by q.position""")
    List<Quote> findInReadingOrder(long interviewId);

    @Query("select q.kind, count(q) from Quote q where q.interview.slug = :slug group by q.kind")
    List<Object[]> countKindsOf(String slug);

    @Query("select i.id from Interview i where i.slug = :slug")
    Optional<Long> findInterviewId(String slug);

    @Query("""
            select q from Quote q join fetch q.interview left join fetch q.speaker left join fetch q.section
            where q.publicId = :publicId""")
    Optional<Quote> findByPublicId(String publicId);

    @Query("select new org.interviewarchive.quote.StoredText(q.publicId, q.text) from Quote q where q.interview = :interview")
    List<StoredText> findTextsOf(Interview interview);

    /** Every quote's id, read row by row in batches rather than all at once. */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "1000"))
    @Query("""
            select new org.interviewarchive.quote.QuotePermalink(q.publicId, i.ingestedAt)
            from Quote q join q.interview i order by q.id""")
    Stream<QuotePermalink> streamPermalinks();

    List<Quote> findByInterviewAndPositionIn(Interview interview, Collection<Integer> positions);

    @Modifying(flushAutomatically = true)
    @Query("delete from Quote q where q.interview = :interview")
    void deleteByInterview(Interview interview);
}
