package org.interviewarchive.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The SQL an application prepares, in order, as its database sees it: installed into a test application, it wraps the
 * application's {@link DataSource} so that a test can look at the statements the code really runs (their plans, say).
 */
public final class RecordedSql implements BeanPostProcessor {

    private final List<String> statements = new CopyOnWriteArrayList<>();

    /** Every statement prepared since the application started, or since the last {@link #clear()}. */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    public void clear() {
        statements.clear();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
            return new DelegatingDataSource(dataSource) {
                @Override
                public Connection getConnection() throws SQLException {
                    return recording(super.getConnection());
                }
            };
        }
        return bean;
    }

    private Connection recording(Connection connection) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (isPrepare(method) && args[0] instanceof String sql) {
                statements.add(sql);
            }
            try {
                return method.invoke(connection, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private static boolean isPrepare(Method method) {
        return method.getName().equals("prepareStatement") || method.getName().equals("prepareCall");
    }
}
