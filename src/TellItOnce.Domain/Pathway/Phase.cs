namespace TellItOnce.Domain.Pathway;

/// <summary>A transfer between phases of education that needs the plan reviewed and the new setting named (SEND Regulations 2014, reg 18).</summary>
public enum Phase
{
    /// <summary>Early years to school: starting Reception.</summary>
    Reception,

    /// <summary>Infant to junior school: starting Year 3. Only where the area has separate infant and junior schools.</summary>
    Year3,

    /// <summary>Primary to secondary school: starting Year 7.</summary>
    Year7,

    /// <summary>Secondary school to a post-16 institution: starting Year 12.</summary>
    Post16,
}
