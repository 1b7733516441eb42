namespace TellItOnce.Domain.Children;

public enum FamilyRelationship
{
    Parent,
    Carer,

    /// <summary>The young person's own account (16 to 25).</summary>
    Self,
}

/// <summary>Links a portal account to a child it may see. One account covers all of a family's children.</summary>
public sealed class FamilyLink
{
    public Guid Id { get; set; }

    public Guid ChildId { get; set; }

    public Guid UserId { get; set; }

    public FamilyRelationship Relationship { get; set; }

    /// <summary>A young person aged 16 or over has chosen that this parent or carer no longer sees their record.</summary>
    public bool HiddenByYoungPerson { get; set; }
}
