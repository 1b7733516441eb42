using Microsoft.AspNetCore.Mvc;

namespace TellItOnce.Web.Features.Governance.BoardReport;

/// <summary>
/// /board-report: the board's Performance, Improvement and Assurance report for a period, as a page and as a PDF.
/// Only those who read the whole plan (board members, managers, administrators) may run it.
/// </summary>
public sealed class IndexModel(GovernanceAccess access, BoardReportService reports, BoardReportPdf pdf) : GovernancePageModel(access)
{
    public const int PeriodsOffered = 6;

    [BindProperty(SupportsGet = true, Name = "period")]
    public string? PeriodKey { get; set; }

    public IReadOnlyList<BoardPeriod> Periods { get; private set; } = [];

    public BoardReport? Report { get; private set; }

    protected override bool Allows(GovernanceScope scope) => scope.ReadsAll;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } problem)
        {
            return problem;
        }

        return Page();
    }

    public async Task<IActionResult> OnGetPdfAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } problem)
        {
            return problem;
        }

        return File(pdf.Write(Report!), "application/pdf", BoardReportPdf.FileName(Report!));
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Periods = BoardPeriod.EndedBy(Today, PeriodsOffered);
        BoardPeriod? period;
        if (string.IsNullOrEmpty(PeriodKey))
        {
            period = Periods[0];
        }
        else if (BoardPeriod.Parse(PeriodKey) is { } asked && asked.End < Today)
        {
            period = asked;
        }
        else
        {
            ShowErrors(new Dictionary<string, string[]> { ["period"] = ["Choose a reporting period that has ended"] });
            return Page();
        }

        PeriodKey = period.Key;
        Report = await reports.BuildAsync(Scope, period, ct);
        return Report is null ? NotFound() : null;
    }
}
