namespace TellItOnce.Domain.Children;

/// <summary>Who a contact is to the child: family, or someone involved in their education, health or care.</summary>
public enum ContactKind
{
    /// <summary>A parent, carer or other family member.</summary>
    Family,

    /// <summary>Someone at the child's school, college, nursery or other setting.</summary>
    Setting,

    /// <summary>A health, education or other professional (a paediatrician, a speech and language therapist).</summary>
    Professional,

    SocialWorker,
}

public enum ContactMethod
{
    Email,
    Phone,
    Text,
    Post,
}

/// <summary>
/// A person in the child's life, recorded once on the child's record: family and carers (with parental responsibility
/// and whether they receive the council's letters), and the settings, professionals and social worker involved.
/// </summary>
public sealed class ChildContact
{
    public Guid Id { get; set; }

    public Guid ChildId { get; set; }

    /// <summary>The child's area, so the audit trail files each change under it.</summary>
    public Guid AreaId { get; set; }

    public ContactKind Kind { get; set; }

    public required string Name { get; set; }

    /// <summary>For family, the relationship ("Mother", "Grandparent"); for others, the role ("SENCO", "Paediatrician").</summary>
    public string? Relationship { get; set; }

    /// <summary>The setting, service or team a professional works for.</summary>
    public string? Organisation { get; set; }

    public bool ParentalResponsibility { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public string? Address { get; set; }

    public ContactMethod? PreferredContact { get; set; }

    /// <summary>Sent a copy of the council's letters and plans about the child.</summary>
    public bool ReceivesLetters { get; set; }
}

/// <summary>How the child and family need to be communicated with: the record says it once, every letter and meeting follows it.</summary>
public static class CommunicationNeeds
{
    /// <summary>The needs recorded on a child's record, in words, or none.</summary>
    public static IReadOnlyList<string> Describe(Child child)
    {
        ArgumentNullException.ThrowIfNull(child);
        var needs = new List<string>();
        if (child.NeedsInterpreter)
        {
            needs.Add(child.InterpreterLanguage is { Length: > 0 } language ? $"An interpreter ({language})" : "An interpreter");
        }

        if (child.Bsl)
        {
            needs.Add("British Sign Language");
        }

        if (child.LargePrint)
        {
            needs.Add("Large print");
        }

        if (child.EasyRead)
        {
            needs.Add("Easy read");
        }

        if (child.OtherCommunicationNeeds is { Length: > 0 } other)
        {
            needs.Add(other);
        }

        return needs;
    }
}
