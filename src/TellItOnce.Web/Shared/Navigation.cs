using TellItOnce.Domain.People;

namespace TellItOnce.Web.Shared;

public sealed record NavItem(string Text, string Href);

/// <summary>The service navigation each role sees. Pages enforce access themselves; this only decides what is shown.</summary>
public static class Navigation
{
    public static IReadOnlyList<NavItem> For(CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.IsSignedIn)
        {
            return [new("Home", "/"), new("Local Offer", "/local-offer"), new("EHC timescales", "/timescales")];
        }

        var items = new List<NavItem>();
        void Add(Role role, string text, string href)
        {
            if (user.Has(role) && items.All(i => i.Href != href))
            {
                items.Add(new NavItem(text, href));
            }
        }

        Add(Role.Administrator, "Administration", "/admin");
        Add(Role.Manager, "Team", "/team");
        Add(Role.Manager, "Cases", "/work");
        Add(Role.Caseworker, "My cases", "/work");
        Add(Role.Caseworker, "Phase transfers", "/phase-transfers");
        Add(Role.Manager, "Phase transfers", "/phase-transfers");
        Add(Role.Manager, "Audit trail", "/audit");
        Add(Role.Manager, "Local Offer entries", "/local-offer/manage");
        Add(Role.Administrator, "Local Offer entries", "/local-offer/manage");
        Add(Role.StrategicLead, "Governance", "/strategy");
        Add(Role.Manager, "Governance", "/strategy");
        Add(Role.Administrator, "Governance", "/strategy");
        Add(Role.StrategicLead, "Dashboard", "/dashboard");
        Add(Role.Manager, "Dashboard", "/dashboard");
        Add(Role.Caseworker, "Dashboard", "/dashboard");
        Add(Role.Administrator, "Dashboard", "/dashboard");
        Add(Role.StrategicLead, "Outcomes", "/outcomes");
        Add(Role.Manager, "Outcomes", "/outcomes");
        Add(Role.Manager, "SEN2 return", "/returns/sen2");
        Add(Role.Administrator, "Outcomes", "/outcomes");
        Add(Role.Professional, "Advice requests", "/advice");
        Add(Role.SettingStaff, "Pupils", "/setting");
        Add(Role.Provider, "Our services", "/provider");
        Add(Role.Parent, "My children", "/family");
        Add(Role.YoungPerson, "My plan", "/family");
        Add(Role.Parent, "Surveys", "/surveys");
        Add(Role.YoungPerson, "Surveys", "/surveys");
        if (items.All(i => i.Href != "/local-offer/manage"))
        {
            items.Add(new NavItem("Local Offer", "/local-offer"));
        }

        items.Add(new NavItem("EHC timescales", "/timescales"));
        return items;
    }
}
