package org.gridflex.tenancy;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * The one place that turns a {@link TenantId} into a database. Each TSO gets its own EclipseLink
 * EntityManagerFactory on the datasource that {@link TenantDataSources} names; the shared registry database gets one
 * more. EntityManagers join the caller's JTA transaction and are closed when it completes, so callers neither open
 * nor close them.
 */
@ApplicationScoped
public class TenantEntityManagers {

    public static final String TENANT_UNIT = "gridflex-tenant";
    public static final String SHARED_UNIT = "gridflex-shared";
    private static final String SHARED_KEY = "shared";
    private static final Logger LOG = Logger.getLogger(TenantEntityManagers.class.getName());

    @Inject
    TenantRegistry tenants;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<String, EntityManagerFactory> factories = new ConcurrentHashMap<>();

    /** The EntityManager for the tenant's own database, joined to the current transaction. */
    public EntityManager forTenant(TenantId tenant) {
        if (!tenants.contains(tenant)) {
            throw new UnknownTenantException(tenant.value());
        }
        return joined(tenant.value(), TENANT_UNIT, TenantDataSources.jndiName(tenant));
    }

    /** The EntityManager for the shared registry database, joined to the current transaction. */
    public EntityManager shared() {
        return joined(SHARED_KEY, SHARED_UNIT, TenantDataSources.SHARED);
    }

    private EntityManager joined(String key, String unit, String dataSource) {
        if (transactions.getTransactionKey() == null) {
            throw new IllegalStateException("Tenant data is only reached inside a transaction");
        }
        String resourceKey = TenantEntityManagers.class.getName() + "/" + key;
        EntityManager em = (EntityManager) transactions.getResource(resourceKey);
        if (em == null) {
            em = factory(key, unit, dataSource).createEntityManager();
            em.joinTransaction();
            transactions.putResource(resourceKey, em);
            EntityManager toClose = em;
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // flushed by EclipseLink's own JTA synchronization
                }

                @Override
                public void afterCompletion(int status) {
                    if (toClose.isOpen()) {
                        toClose.close();
                    }
                    if (status != Status.STATUS_COMMITTED) {
                        LOG.fine(() -> "Transaction on " + key + " ended with status " + status);
                    }
                }
            });
        }
        return em;
    }

    /**
     * Opens every tenant's database and the shared one: logs in and brings the schema up to date. Call it outside a
     * transaction (at startup); done lazily inside a transaction it would enlist the schema work in it.
     */
    public void openAll() {
        for (TenantId tenant : tenants.all()) {
            open(tenant.value(), TENANT_UNIT, TenantDataSources.jndiName(tenant));
        }
        open(SHARED_KEY, SHARED_UNIT, TenantDataSources.SHARED);
    }

    private void open(String key, String unit, String dataSource) {
        EntityManager em = factory(key, unit, dataSource).createEntityManager();
        em.close();
    }

    private EntityManagerFactory factory(String key, String unit, String dataSource) {
        return factories.computeIfAbsent(key, k -> {
            Map<String, Object> properties = new HashMap<>();
            properties.put("jakarta.persistence.transactionType", "JTA");
            properties.put("jakarta.persistence.jtaDataSource", dataSource);
            // A distinct session per database: EclipseLink otherwise shares one session per persistence unit.
            properties.put("eclipselink.session-name", "gridflex-" + k);
            properties.put("eclipselink.target-server", "JBoss");
            // Deployments live in WildFly's VFS; the jipijapa adapter in the EclipseLink module reads it.
            properties.put("eclipselink.archive.factory", "org.jipijapa.eclipselink.JBossArchiveFactoryImpl");
            properties.put("eclipselink.logging.logger", "org.jipijapa.eclipselink.JBossLogger");
            EntityManagerFactory emf = new PersistenceProvider().createEntityManagerFactory(unit, properties);
            if (emf == null) {
                throw new IllegalStateException("Persistence unit " + unit + " not found");
            }
            LOG.info(() -> "Opened persistence unit " + unit + " for " + k + " on " + dataSource);
            return emf;
        });
    }

    @PreDestroy
    void close() {
        factories.values().forEach(emf -> {
            if (emf.isOpen()) {
                emf.close();
            }
        });
        factories.clear();
    }
}
