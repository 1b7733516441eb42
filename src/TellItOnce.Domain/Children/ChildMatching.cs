using NodaTime;

namespace TellItOnce.Domain.Children;

/// <summary>
/// When two records may be the same child: the same unique pupil number, or the same name and date of birth
/// (ignoring case and extra spaces). Used before a new record is created, so a family is
/// never entered twice.
/// </summary>
public static class ChildMatching
{
    public static string NormaliseName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
    }

    public static string? NormaliseUpn(string? upn) =>
        string.IsNullOrWhiteSpace(upn) ? null : upn.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();

    public static bool IsPossibleDuplicate(Child existing, string givenName, string familyName, LocalDate dateOfBirth, string? upn)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var sameUpn = NormaliseUpn(upn) is { } u && NormaliseUpn(existing.Upn) == u;
        var samePerson = existing.DateOfBirth == dateOfBirth
            && NormaliseName(existing.GivenName) == NormaliseName(givenName)
            && NormaliseName(existing.FamilyName) == NormaliseName(familyName);
        return sameUpn || samePerson;
    }
}
