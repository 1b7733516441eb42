using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Cases;

public sealed record NewRequestInput(
    string? GivenName,
    string? FamilyName,
    LocalDate? DateOfBirth,
    string? Upn,
    string? Postcode,
    NeedType? PrimaryNeed,
    RequesterKind? RequestedBy,
    LocalDate? Received,
    string? Evidence,
    string? AllAboutMe,
    Guid? ExistingChildId,
    bool ConfirmedNewChild,
    Guid? AreaId = null);

public sealed record PossibleDuplicate(Guid ChildId, string Name, LocalDate DateOfBirth, string? Upn, string? LatestCase);

/// <summary>The outcome of recording a request: the new case, or the records it may duplicate for the caseworker to choose from.</summary>
public sealed record NewRequestResult(Guid? CaseId, IReadOnlyList<PossibleDuplicate> PossibleDuplicates);

/// <summary>
/// Records a request for an EHC needs assessment: the 6-week clock starts on the date it was received. The child's
/// record is found or created once ("tell it once"); a possible duplicate stops the request until the caseworker
/// says whether it is the same child.
/// </summary>
public sealed class NewRequestService(AppDbContext db, CurrentUser user, IClock clock)
{
    public LocalDate Today { get; } = Domain.Pathway.EnglishCalendar.DateOf(clock.GetCurrentInstant());

    /// <summary>The areas in which the user may record a request, by name: a choice to make when there is more than one.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Name)>> AreasAsync(CancellationToken ct)
    {
        var areas = user.AreasWhere(Role.Caseworker, Role.Manager);
        return [.. (await db.Areas.AsNoTracking().Where(a => areas.Contains(a.Id)).OrderBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct)).Select(a => (a.Id, a.Name))];
    }

    public async Task<Outcome<NewRequestResult>> RecordAsync(NewRequestInput input, FieldErrors errors, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(errors);
        var areas = user.AreasWhere(Role.Caseworker, Role.Manager);
        var areaId = input.AreaId is { } chosen ? (areas.Contains(chosen) ? chosen : Guid.Empty) : areas.Count == 1 ? areas[0] : Guid.Empty;
        if (areaId == Guid.Empty && areas.Count > 0)
        {
            errors.Add("areaId", "Choose the area the request was made to");
        }

        if (input.ExistingChildId is null)
        {
            Require(errors, input.GivenName, "givenName", "Enter the child's or young person's first name");
            Require(errors, input.FamilyName, "familyName", "Enter the child's or young person's last name");
            if (input.DateOfBirth is { } dob && dob > Today)
            {
                errors.Add("dateOfBirth", "The date of birth must be in the past");
            }

            if (ChildMatching.NormaliseUpn(input.Upn) is { } upn && !IsUpn(upn))
            {
                errors.Add("upn", "A unique pupil number is a letter and 12 digits, or a letter, 11 digits and a letter");
            }
        }

        if (input.RequestedBy is null)
        {
            errors.Add("requestedBy", "Select who made the request");
        }

        if (input.Received is { } received && received > Today)
        {
            errors.Add("received", "The date the request was received must be today or in the past");
        }

        if (errors.Any || areaId == Guid.Empty)
        {
            return Outcome<NewRequestResult>.Failure(errors.ToDictionary());
        }

        Child child;
        if (input.ExistingChildId is { } existingId)
        {
            var existing = await db.Children.SingleOrDefaultAsync(c => c.Id == existingId && c.AreaId == areaId && c.MergedIntoId == null, ct);
            if (existing is null)
            {
                errors.Add("existingChildId", "That record is not one of this area's children");
                return Outcome<NewRequestResult>.Failure(errors.ToDictionary());
            }

            child = existing;
        }
        else
        {
            if (!input.ConfirmedNewChild)
            {
                var duplicates = await PossibleDuplicatesAsync(areaId, input, ct);
                if (duplicates.Count > 0)
                {
                    return Outcome<NewRequestResult>.Success(new NewRequestResult(null, duplicates));
                }
            }

            child = new Child
            {
                Id = Guid.CreateVersion7(),
                AreaId = areaId,
                GivenName = input.GivenName!.Trim(),
                FamilyName = input.FamilyName!.Trim(),
                DateOfBirth = input.DateOfBirth!.Value,
                Upn = ChildMatching.NormaliseUpn(input.Upn),
                Postcode = string.IsNullOrWhiteSpace(input.Postcode) ? null : input.Postcode.Trim().ToUpperInvariant(),
                PrimaryNeed = input.PrimaryNeed,
                AllAboutMe = string.IsNullOrWhiteSpace(input.AllAboutMe) ? null : input.AllAboutMe.Trim(),
            };
            db.Children.Add(child);
        }

        if (child.AllAboutMe is null && !string.IsNullOrWhiteSpace(input.AllAboutMe))
        {
            child.AllAboutMe = input.AllAboutMe.Trim();
        }

        var receivedOn = input.Received!.Value;
        var c = new EhcCase
        {
            Id = Guid.CreateVersion7(),
            AreaId = areaId,
            ChildId = child.Id,
            Reference = await NextReferenceAsync(db, areaId, receivedOn, ct),
            CaseworkerId = user.Has(Role.Caseworker) ? user.Id : null,
            Stage = CaseStage.NewRequest,
            RequestedBy = input.RequestedBy!.Value,
            RequestReceived = receivedOn,
            RequestEvidence = string.IsNullOrWhiteSpace(input.Evidence) ? null : input.Evidence.Trim(),
            Version = Guid.NewGuid(),
        };
        db.Cases.Add(c);
        await db.SaveChangesAsync(ct);
        return Outcome<NewRequestResult>.Success(new NewRequestResult(c.Id, []));
    }

    /// <summary>The next case reference of an area for the year a request was received, for example "NS-2026-0042".</summary>
    public static async Task<string> NextReferenceAsync(AppDbContext db, Guid areaId, LocalDate receivedOn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var area = await db.Areas.SingleAsync(a => a.Id == areaId, ct);
        var prefix = $"{area.ReferencePrefix}-{receivedOn.Year}-";
        var taken = await db.Cases.Where(c => c.AreaId == areaId && c.Reference.StartsWith(prefix)).Select(c => c.Reference).ToListAsync(ct);
        var next = taken.Select(r => int.TryParse(r[prefix.Length..], out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        return $"{prefix}{next:0000}";
    }

    private Task<IReadOnlyList<PossibleDuplicate>> PossibleDuplicatesAsync(Guid areaId, NewRequestInput input, CancellationToken ct) =>
        PossibleDuplicatesAsync(db, areaId, input.GivenName!, input.FamilyName!, input.DateOfBirth!.Value, input.Upn, ct);

    /// <summary>The live records of an area that may be the same child: the same name and date of birth, or the same UPN.</summary>
    public static async Task<IReadOnlyList<PossibleDuplicate>> PossibleDuplicatesAsync(
        AppDbContext db, Guid areaId, string givenName, string familyName, LocalDate dob, string? upn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        upn = ChildMatching.NormaliseUpn(upn);
        var candidates = await db.Children.AsNoTracking()
            .Where(c => c.AreaId == areaId && c.MergedIntoId == null && (c.DateOfBirth == dob || (upn != null && c.Upn == upn)))
            .ToListAsync(ct);
        var matches = candidates.Where(c => ChildMatching.IsPossibleDuplicate(c, givenName, familyName, dob, upn)).ToList();
        var ids = matches.Select(m => m.Id).ToList();
        var latest = (await db.Cases.AsNoTracking().Where(c => ids.Contains(c.ChildId)).Select(c => new { c.ChildId, c.Reference, c.RequestReceived }).ToListAsync(ct))
            .GroupBy(c => c.ChildId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.RequestReceived).First().Reference);
        return [.. matches.Select(m => new PossibleDuplicate(m.Id, m.FullName, m.DateOfBirth, m.Upn, latest.GetValueOrDefault(m.Id)))];
    }

    private static void Require(FieldErrors errors, string? value, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, message);
        }
    }

    private static bool IsUpn(string upn) =>
        upn.Length == 13 && char.IsAsciiLetterUpper(upn[0])
        && (upn[1..].All(char.IsAsciiDigit) || (upn[1..12].All(char.IsAsciiDigit) && char.IsAsciiLetterUpper(upn[12])));
}
