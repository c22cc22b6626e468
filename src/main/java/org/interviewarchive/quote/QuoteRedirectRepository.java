package org.interviewarchive.quote;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface QuoteRedirectRepository extends JpaRepository<QuoteRedirect, String> {

    List<QuoteRedirect> findByNewIdIn(Collection<String> newIds);

    @Modifying
    @Query("delete from QuoteRedirect r where r.oldId in :oldIds")
    void deleteByOldIdIn(Collection<String> oldIds);
}
