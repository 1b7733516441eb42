using NodaTime;
using NodaTime.Text;

namespace TellItOnce.Domain.Tests.Pathway;

internal static class Dates
{
    /// <summary>An ISO date written literally in a test, e.g. D("2026-01-05").</summary>
    public static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;
}
