using TellItOnce.Domain.People;

namespace TellItOnce.Data.Seeding;

/// <summary>The demo accounts, created only when demo data is seeded. README.md lists them.</summary>
public static class DemoUsers
{
    /// <summary>The shared password of every demo account. Demo data only: never seeded into a real area.</summary>
    public const string Password = "Demo-password-1";

    public const string Caseworker = "caseworker@northshire.example";
    public const string Manager = "manager@northshire.example";
    public const string Parent = "parent@northshire.example";
    public const string Parent2 = "parent2@northshire.example";
    public const string YoungPerson = "youngperson@northshire.example";
    public const string EducationalPsychologist = "ep@northshire.example";
    public const string Health = "health@northshire.example";
    public const string SocialCare = "socialcare@northshire.example";
    public const string Senco = "senco@northshire.example";
    public const string TrustLead = "mat@northshire.example";
    public const string Provider = "provider@northshire.example";
    public const string Board = "board@northshire.example";
    public const string Admin = "admin@northshire.example";

    public static readonly IReadOnlyList<(string Email, string Name, Role Role)> All =
    [
        (Caseworker, "Sam Okafor", Role.Caseworker),
        (Manager, "Helen Marsh", Role.Manager),
        (Parent, "Jo Whitfield", Role.Parent),
        (Parent2, "Chris Bellamy", Role.Parent),
        (YoungPerson, "Kai Robson", Role.YoungPerson),
        (EducationalPsychologist, "Dr Amira Haddad", Role.Professional),
        (Health, "Tom Lindqvist", Role.Professional),
        (SocialCare, "Grace Mensah", Role.Professional),
        (Senco, "Rachel Dunmore", Role.SettingStaff),
        (TrustLead, "Anil Mistry", Role.SettingStaff),
        (Provider, "Owen Pryce", Role.Provider),
        (Board, "Cllr Margaret Hale", Role.StrategicLead),
        (Admin, "Dev Patel", Role.Administrator),
    ];
}
