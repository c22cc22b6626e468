package org.interviewarchive.interview;

import org.springframework.data.jpa.repository.JpaRepository;

interface DeletedInterviewRepository extends JpaRepository<DeletedInterview, String> {
}
