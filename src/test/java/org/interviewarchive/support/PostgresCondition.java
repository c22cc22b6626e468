package org.interviewarchive.support;

import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a test class that needs PostgreSQL only when the server answers. When it does not, the class is skipped with
 * the reason printed, or fails when {@code ARCHIVE_REQUIRE_POSTGRES=1} says that PostgreSQL must be there (as on CI).
 * The schemas the run made are dropped when the run ends.
 */
public final class PostgresCondition implements ExecutionCondition {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresCondition.class);

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (context.getTestClass().isEmpty() || context.getTestMethod().isPresent()) {
            return ConditionEvaluationResult.enabled("decided for the whole class");
        }
        Class<?> testClass = context.getRequiredTestClass();
        boolean needsPostgres = TestDatabase.underTest() == TestDatabase.POSTGRES
                || AnnotationSupport.isAnnotated(testClass, NeedsPostgres.class);
        if (!needsPostgres) {
            return ConditionEvaluationResult.enabled("the storage tests run on H2 in this execution");
        }
        Server server = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Server.class, key -> new Server(TestDatabase.unreachableReason()), Server.class);
        if (server.unreachable() == null) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers at " + TestDatabase.POSTGRES_URL);
        }
        if ("1".equals(System.getenv("ARCHIVE_REQUIRE_POSTGRES"))) {
            throw new IllegalStateException(server.unreachable() + "; ARCHIVE_REQUIRE_POSTGRES=1 requires it");
        }
        String reason = "Skipping " + testClass.getSimpleName() + " on PostgreSQL: " + server.unreachable();
        System.out.println(reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    /** Whether the server answered, asked once per run; closing it at the end of the run drops the run's schemas. */
    private record Server(String unreachable) implements AutoCloseable {

        @Override
        public void close() throws SQLException {
            if (unreachable == null) {
                TestDatabase.dropSchemasOfThisRun();
            }
        }
    }
}
