package org.interviewarchive.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that stores an archive: it runs on H2, and again on PostgreSQL in the build's {@code postgres} test
 * execution, which selects the classes by this tag. Its applications take their database from
 * {@link TestDatabase#underTest()}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(StorageTest.TAG)
@ExtendWith(PostgresCondition.class)
public @interface StorageTest {

    String TAG = "storage";
}
