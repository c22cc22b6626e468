package org.interviewarchive.meaning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface QuoteVectorRepository extends JpaRepository<QuoteVector, String> {

    List<QuoteVector> findByQuoteIdIn(Collection<String> quoteIds);

    long countByModel(String model);

    /** Vectors of quotes that no longer exist anywhere in the archive. */
    @Transactional
    @Modifying
    @Query(value = "delete from quote_vector where quote_id not in (select public_id from quote)", nativeQuery = true)
    int deleteOrphans();
}
