package org.gridflex.tenancy;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Opens all TSO databases when the application starts, outside any transaction, so that no message or request pays
 * for (or enlists) the login and schema update of a database.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantDatabasesStartup {

    private static final Logger LOG = Logger.getLogger(TenantDatabasesStartup.class.getName());

    @Inject
    TenantEntityManagers databases;

    @Inject
    TenantRegistry tenants;

    @PostConstruct
    void openAll() {
        long started = System.nanoTime();
        databases.openAll();
        LOG.info(() -> "Opened the databases of " + tenants.all() + " and the shared registry in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }
}
