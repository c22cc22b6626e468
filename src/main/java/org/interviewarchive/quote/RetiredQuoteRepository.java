package org.interviewarchive.quote;

import java.util.Collection;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RetiredQuoteRepository extends JpaRepository<RetiredQuote, String> {

    @Modifying
    @Query("delete from RetiredQuote r where r.publicId in :publicIds")
    void deleteByPublicIdIn(Collection<String> publicIds);
}
