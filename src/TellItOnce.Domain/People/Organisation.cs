namespace TellItOnce.Domain.People;

public enum OrganisationKind
{
    LocalAuthority,
    EducationalPsychologyService,
    Health,
    SocialCare,
    Education,
    ServiceProvider,
}

/// <summary>An organisation that people work for. Advice requests go to organisations as well as people, so work survives a person leaving.</summary>
public sealed class Organisation
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public OrganisationKind Kind { get; set; }
}
