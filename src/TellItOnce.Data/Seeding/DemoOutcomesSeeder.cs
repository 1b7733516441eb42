using NodaTime;
using TellItOnce.Data.Insight;
using TellItOnce.Domain.Areas;
using TellItOnce.Domain.Insight;

namespace TellItOnce.Data.Seeding;

/// <summary>
/// Gives the demo area an outcomes framework to show: Stockton-on-Tees' eight outcome areas, loaded from the shipped
/// example, with a year of figures for its hand-entered indicators and the board's commentary on the latest quarter.
/// </summary>
public sealed class DemoOutcomesSeeder(AppDbContext db)
{
    public const string Example = "stockton-on-tees-eight-outcomes";

    public void Seed(Area area, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(area);
        var framework = ExampleFrameworks.Load(Example)!.ToFramework(area.Id);
        framework.InUse = true;
        var quarters = Quarter.Ending(today, 4);
        var step = 0;
        foreach (var indicator in framework.Statements.SelectMany(s => s.Indicators).Where(i => i.Source == IndicatorSource.Entered))
        {
            var start = (indicator.Target ?? 50) - 12 + step++;
            indicator.Periods.AddRange(quarters.Select((q, i) => new IndicatorPeriod
            {
                Id = Guid.CreateVersion7(),
                IndicatorId = indicator.Id,
                Period = q.ToString(),
                Value = start + (i * 3),
                Commentary = i == quarters.Count - 1 ? "Improving each quarter since the parent carer forum's co-production charter; not yet at target." : null,
            }));
        }

        db.OutcomeFrameworks.Add(framework);
    }
}
