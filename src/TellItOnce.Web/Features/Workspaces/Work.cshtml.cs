using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.People;
using TellItOnce.Domain.Settings;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Workspaces;

/// <summary>/work: a caseworker's open cases, soonest statutory deadline first, with filters and a CSV download. A manager sees the whole team's.</summary>
[Authorize(Policy = Policies.SendTeam)]
public sealed class WorkModel(WorkspaceQueries queries, CurrentUser user) : PageModel
{
    public const int PageSize = 25;

    public IReadOnlyList<CaseRow> Rows { get; private set; } = [];

    public int Total { get; private set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public CaseStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Setting { get; set; }

    [BindProperty(SupportsGet = true)]
    public NeedType? Need { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseSort Sort { get; set; }

    public bool WholeTeam { get; private set; }

    public IReadOnlyList<EducationSetting> Settings { get; private set; } = [];

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    private CaseFilter Filter => new(Stage, Setting, Need, Overdue, Sort);

    /// <summary>The current filters as a query string, for paging links and the CSV link.</summary>
    public string QueryWith(int? page = null)
    {
        var parts = new List<string>();
        void Add(string key, object? value)
        {
            if (value is not null)
            {
                parts.Add($"{key}={Uri.EscapeDataString(Convert.ToString(value, CultureInfo.InvariantCulture)!)}");
            }
        }

        Add("Stage", Stage);
        Add("Setting", Setting);
        Add("Need", Need);
        Add("Overdue", Overdue ? "true" : null);
        Add("Sort", Sort == CaseSort.Deadline ? null : Sort);
        Add("p", page);
        return parts.Count == 0 ? string.Empty : "?" + string.Join("&", parts);
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        WholeTeam = user.Has(Role.Manager);
        Settings = await queries.SettingsAsync(ct);
        var all = await queries.CasesAsync(onlyMine: !WholeTeam, ct, Filter);
        Total = all.Count;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Rows = [.. all.Skip((PageNumber - 1) * PageSize).Take(PageSize)];
    }

    /// <summary>The same list, every page of it, as CSV for a spreadsheet.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var rows = await queries.CasesAsync(onlyMine: !user.Has(Role.Manager), ct, Filter);
        var csv = new StringBuilder("Reference,Child or young person,Stage,Caseworker,Next deadline,Due,Days left,Status\r\n");
        foreach (var r in rows)
        {
            string[] cells =
            [
                r.Reference, r.ChildName, Stages.ForStaff(r.Stage), r.CaseworkerName ?? string.Empty, r.Next?.Milestone.Title ?? string.Empty,
                r.Next is { } n ? Dates.Iso(n.Milestone.Due) : string.Empty, r.Next?.DaysLeft.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                r.Next?.Status.ToString() ?? string.Empty,
            ];
            csv.Append(string.Join(',', cells.Select(Csv.Cell))).Append("\r\n");
        }

        return File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv", $"cases-{Dates.Iso(queries.Today)}.csv");
    }
}
