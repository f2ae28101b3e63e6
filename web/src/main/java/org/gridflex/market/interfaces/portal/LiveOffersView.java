package org.gridflex.market.interfaces.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.gridflex.market.application.OfferQueries;
import org.gridflex.market.application.OfferView;
import org.gridflex.tenancy.TenantAccessPolicy;
import org.gridflex.tenancy.TenantId;
import org.gridflex.tenancy.TenantRegistry;

/** Portal page of the live order book: the tenants the operator may see, and the offers of the chosen one. */
@Named
@RequestScoped
public class LiveOffersView {

    @Inject
    TenantRegistry tenants;

    @Inject
    OfferQueries offers;

    @Inject
    ExternalContext external;

    private String tenant;

    public List<String> getVisibleTenants() {
        return tenants.all().stream()
                .filter(t -> TenantAccessPolicy.mayAccess(external::isUserInRole, t))
                .map(TenantId::value)
                .toList();
    }

    public List<OfferView> getOffers() {
        List<String> visible = getVisibleTenants();
        String chosen = tenant != null && visible.contains(tenant) ? tenant : visible.stream().findFirst().orElse(null);
        return chosen == null ? List.of() : offers.live(new TenantId(chosen));
    }

    public String getOperator() {
        return external.getUserPrincipal() == null ? "" : external.getUserPrincipal().getName();
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }
}
