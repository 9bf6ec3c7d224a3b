package dev.accord.app.database;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.stereotype.Component;

/**
 * A transaction takes a pooled connection when it runs its first statement, not when it begins. A command's unit of
 * work begins its transaction before it asks for the project's lock; without this, fifty commands queueing for one
 * project's lock held fifty connections, and the projections, which need one to catch up, waited behind them.
 */
@Component
class ConnectionsOnFirstUse implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof LazyConnectionDataSourceProxy)) {
            return new LazyConnectionDataSourceProxy(dataSource);
        }
        return bean;
    }
}
