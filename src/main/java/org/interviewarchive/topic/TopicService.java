package org.interviewarchive.topic;

import java.util.List;
import org.interviewarchive.interview.Interview;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Topics: the vocabulary's terms with the terms transcripts define in their own glossaries. */
@Service
public class TopicService {

    private final TopicTerms terms;
    private final GlossaryTermRepository glossary;

    TopicService(TopicTerms terms, GlossaryTermRepository glossary) {
        this.terms = terms;
        this.glossary = glossary;
    }

    /** Every term readers look for, in vocabulary order, with every form it is written in. */
    public List<TopicTerm> terms() {
        return terms.terms();
    }

    /** Replaces an interview's glossary, inside the ingest's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void replaceGlossary(Interview interview, List<GlossaryEntry> entries) {
        glossary.deleteByInterview(interview);
        for (int i = 0; i < entries.size(); i++) {
            glossary.save(new GlossaryTerm(interview, i, entries.get(i)));
        }
        forgetTermsAfterCommit();
    }

    /** Removes an interview's glossary with the interview, inside the deletion's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void removeGlossary(Interview interview) {
        glossary.deleteByInterview(interview);
        forgetTermsAfterCommit();
    }

    /** The vocabulary is merged again once the change is in: before, readers keep the terms they had. */
    private void forgetTermsAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                terms.forget();
            }
        });
    }
}
