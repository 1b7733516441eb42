using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using TellItOnce.Domain.Pathway;

namespace TellItOnce.Domain.Tests.Pathway;

/// <summary>An assessment timeline and one more exception near it.</summary>
public sealed record TimelineAndExtra(AssessmentTimelineInput Input, PathwayException Extra);

/// <summary>A start date and a positive number of working days, both well inside the bank holiday list.</summary>
public sealed record WorkingDaysCase(LocalDate Start, int WorkingDays);

public sealed record DateOfBirth(LocalDate Value);

/// <summary>A list of dates that always lists at least one date twice.</summary>
public sealed record DatesWithDuplicates(IReadOnlyList<LocalDate> Dates);

/// <summary>Generators for the pathway's property tests. Dates stay within the years the bank holiday list covers.</summary>
public static class PathwayArbitraries
{
    private static readonly LocalDate Earliest = new(2018, 1, 1);
    private static readonly LocalDate Latest = new(2031, 12, 31);

    private static Gen<LocalDate> AnyDate =>
        Gen.Choose(0, Period.DaysBetween(Earliest, Latest)).Select(days => Earliest.PlusDays(days));

    private static Gen<PathwayException> ExceptionNear(LocalDate anchor) =>
        from offset in Gen.Choose(-60, 200)
        from length in Gen.Choose(0, 90)
        from reason in Gen.Elements(Enum.GetValues<ExceptionReason>())
        select new PathwayException(anchor.PlusDays(offset), anchor.PlusDays(offset + length), reason);

    private static Gen<AssessmentTimelineInput> Assessments =>
        from request in AnyDate
        from adviceAfter in Gen.Choose(-1, 120)
        from draftAfter in Gen.Choose(-1, 160)
        from exceptions in Gen.ListOf(ExceptionNear(request))
        select new AssessmentTimelineInput(
            request,
            adviceAfter < 0 ? null : request.PlusDays(adviceAfter),
            draftAfter < 0 ? null : request.PlusDays(draftAfter),
            [.. exceptions]);

    public static Arbitrary<LocalDate> LocalDate() => AnyDate.ToArbitrary();

    public static Arbitrary<AssessmentTimelineInput> AssessmentTimelineInput() => Assessments.ToArbitrary();

    public static Arbitrary<TimelineAndExtra> TimelineAndExtra() =>
        (from input in Assessments
         from extra in ExceptionNear(input.RequestReceived)
         select new TimelineAndExtra(input, extra)).ToArbitrary();

    public static Arbitrary<WorkingDaysCase> WorkingDaysCase() =>
        (from start in AnyDate
         from days in Gen.Choose(1, 60)
         select new WorkingDaysCase(start, days)).ToArbitrary();

    public static Arbitrary<DateOfBirth> DateOfBirth() =>
        Gen.Choose(0, Period.DaysBetween(new(1995, 1, 1), new(2035, 12, 31)))
            .Select(days => new DateOfBirth(new LocalDate(1995, 1, 1).PlusDays(days)))
            .ToArbitrary();

    public static Arbitrary<DatesWithDuplicates> DatesWithDuplicates() =>
        (from dates in Gen.NonEmptyListOf(AnyDate)
         from repeated in Gen.Elements(dates.ToArray())
         select new DatesWithDuplicates([.. dates, repeated])).ToArbitrary();
}
