package org.interviewarchive.interview;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface InterviewTextRepository extends JpaRepository<InterviewText, Long> {

    List<InterviewText> findByTextHash(String textHash);

    List<InterviewText> findByTextLengthBetween(int shortest, int longest);
}
