using NodaTime;

namespace TellItOnce.Domain.Pathway;

/// <summary>
/// The English school year (1 September to 31 August) and national curriculum year groups.
/// Children born from 1 September to the following 31 August are in the same year group.
/// </summary>
public static class SchoolYear
{
    /// <summary>Returned by <see cref="YearGroupOn"/> for any date before the child's Reception year.</summary>
    public const int NurseryOrEarlier = -1;

    public const int Reception = 0;

    /// <summary>The last national curriculum year group; <see cref="YearGroupOn"/> returns more than this once the child has left it.</summary>
    public const int Year13 = 13;

    private const int September = 9;

    /// <summary>
    /// The 1 September on which the child starts Reception: the first 1 September strictly after their 4th birthday.
    /// A child born on 1 September turns 5 that day; everyone else in the year group is 4.
    /// </summary>
    public static LocalDate ReceptionStart(LocalDate dateOfBirth)
    {
        var fourthBirthday = dateOfBirth.PlusYears(4);
        var firstSeptember = new LocalDate(fourthBirthday.Year, September, 1);
        return fourthBirthday < firstSeptember ? firstSeptember : firstSeptember.PlusYears(1);
    }

    /// <summary>The 1 September that starts the school year containing <paramref name="date"/>.</summary>
    public static LocalDate StartOfSchoolYear(LocalDate date) =>
        new(date.Month >= September ? date.Year : date.Year - 1, September, 1);

    /// <summary>
    /// The child's national curriculum year group on a date: <see cref="NurseryOrEarlier"/> (-1) before Reception,
    /// 0 for Reception, 1 to 13 for Year 1 to Year 13, and 14 or more once past Year 13.
    /// </summary>
    public static int YearGroupOn(LocalDate dateOfBirth, LocalDate date)
    {
        var yearGroup = StartOfSchoolYear(date).Year - ReceptionStart(dateOfBirth).Year;
        return yearGroup < Reception ? NurseryOrEarlier : yearGroup;
    }

    /// <summary>The 1 September on which the child starts a year group (0 = Reception, 1 to 13 = Year 1 to Year 13).</summary>
    public static LocalDate StartOfYearGroup(LocalDate dateOfBirth, int yearGroup)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(yearGroup);
        return ReceptionStart(dateOfBirth).PlusYears(yearGroup);
    }

    /// <summary>
    /// The phase transfers that need the plan reviewed and the new setting named (SEND Regulations 2014, reg 18(1)):
    /// Reception and Year 7 by 15 February, and Year 12 (post-16) by 31 March, of the calendar year of the transfer.
    /// Infant to junior (Year 3) is not included, because most areas have primary schools.
    /// </summary>
    public static IReadOnlyList<PhaseTransfer> PhaseTransfers(LocalDate dateOfBirth) =>
        PhaseTransfers(dateOfBirth, includeInfantToJunior: false);

    /// <summary>As <see cref="PhaseTransfers(LocalDate)"/>, adding the move from infant to junior school (Year 3) where the child makes it.</summary>
    public static IReadOnlyList<PhaseTransfer> PhaseTransfers(LocalDate dateOfBirth, bool includeInfantToJunior)
    {
        var transfers = new List<PhaseTransfer> { SchoolTransfer(Phase.Reception, ReceptionStart(dateOfBirth)) };
        if (includeInfantToJunior)
        {
            transfers.Add(SchoolTransfer(Phase.Year3, StartOfYearGroup(dateOfBirth, 3)));
        }

        transfers.Add(SchoolTransfer(Phase.Year7, StartOfYearGroup(dateOfBirth, 7)));
        var post16 = StartOfYearGroup(dateOfBirth, 12);
        transfers.Add(new PhaseTransfer(Phase.Post16, post16, new LocalDate(post16.Year, 3, 31)));
        return transfers;
    }

    /// <summary>The start of Year 9, from when every review includes preparing for adulthood.</summary>
    public static LocalDate PreparingForAdulthoodFrom(LocalDate dateOfBirth) => StartOfYearGroup(dateOfBirth, 9);

    private static PhaseTransfer SchoolTransfer(Phase phase, LocalDate starts) =>
        new(phase, starts, new LocalDate(starts.Year, 2, 15));
}
