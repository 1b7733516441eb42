using Microsoft.EntityFrameworkCore;
using NodaTime;
using TellItOnce.Data;
using TellItOnce.Data.Auditing;
using TellItOnce.Domain.Cases;
using TellItOnce.Domain.Children;
using TellItOnce.Domain.People;
using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Features.Children;

public sealed record ChildCaseRow(Guid Id, string Reference, CaseStage Stage, LocalDate RequestReceived);

/// <summary>A child's one record as the SEND team sees it: identity, communication needs, contacts, cases, merged duplicates.</summary>
public sealed record ChildRecordView(Child Child, IReadOnlyList<ChildContact> Contacts, IReadOnlyList<ChildCaseRow> Cases, IReadOnlyList<Guid> MergedFrom, string? SettingName)
{
    public IEnumerable<ChildContact> Family => Contacts.Where(c => c.Kind == ContactKind.Family);

    public IEnumerable<ChildContact> Involved => Contacts.Where(c => c.Kind != ContactKind.Family);
}

/// <summary>What the SEND team finds at a child's address: the record, a tombstone pointing to the record it was merged into, or nothing.</summary>
public sealed record ChildLookup(Child? Child, Guid? MergedInto);

public sealed record ContactInput(
    ContactKind? Kind, string? Name, string? Relationship, string? Organisation, bool ParentalResponsibility,
    string? Phone, string? Email, string? Address, ContactMethod? PreferredContact, bool ReceivesLetters);

public sealed record CommunicationInput(bool NeedsInterpreter, string? InterpreterLanguage, bool LargePrint, bool EasyRead, bool Bsl, string? Other);

/// <summary>
/// The child's record, "tell it once": family and contacts, the people involved and the communication needs, kept by
/// the SEND team of the child's area and reused by every later step. Every change is audited by the DbContext.
/// </summary>
public sealed partial class ChildRecordService(AppDbContext db, CurrentUser user, IAuditContext audit)
{
    private IReadOnlyList<Guid> Areas => user.AreasWhere(Role.Caseworker, Role.Manager);

    /// <summary>A child of the user's areas, or the record a merged-away child now lives in.</summary>
    public async Task<ChildLookup> FindAsync(Guid id, CancellationToken ct)
    {
        var areas = Areas;
        var child = await db.Children.SingleOrDefaultAsync(c => c.Id == id && areas.Contains(c.AreaId), ct);
        return child is { MergedIntoId: { } kept } ? new ChildLookup(null, kept) : new ChildLookup(child, null);
    }

    public async Task<ChildRecordView?> GetAsync(Guid id, CancellationToken ct)
    {
        if ((await FindAsync(id, ct)).Child is not { } child)
        {
            return null;
        }

        var contacts = await ContactsAsync(id, ct);
        var cases = await db.Cases.AsNoTracking().Where(c => c.ChildId == id).OrderByDescending(c => c.RequestReceived)
            .Select(c => new ChildCaseRow(c.Id, c.Reference, c.Stage, c.RequestReceived)).ToListAsync(ct);
        var merged = await db.Children.AsNoTracking().Where(c => c.MergedIntoId == id).Select(c => c.Id).ToListAsync(ct);
        var setting = child.CurrentSettingId is { } s ? await db.Settings.AsNoTracking().Where(x => x.Id == s).Select(x => x.Name).SingleOrDefaultAsync(ct) : null;
        return new ChildRecordView(child, contacts, cases, merged, setting);
    }

    /// <summary>The child's contacts: family first (those with parental responsibility leading), then everyone involved.</summary>
    public async Task<IReadOnlyList<ChildContact>> ContactsAsync(Guid childId, CancellationToken ct) =>
        (await db.ChildContacts.AsNoTracking().Where(c => c.ChildId == childId).ToListAsync(ct))
            .OrderBy(c => c.Kind).ThenByDescending(c => c.ParentalResponsibility).ThenBy(c => c.Name, StringComparer.Ordinal).ToList();

    /// <summary>Adds a contact, or changes one (<paramref name="contactId"/>). Null when the child or contact is not the user's to change.</summary>
    public async Task<Outcome<ChildContact>?> SaveContactAsync(Guid childId, Guid? contactId, ContactInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if ((await FindAsync(childId, ct)).Child is not { } child)
        {
            return null;
        }

        ChildContact? contact = null;
        if (contactId is { } cid && (contact = await db.ChildContacts.SingleOrDefaultAsync(c => c.Id == cid && c.ChildId == childId, ct)) is null)
        {
            return null;
        }

        var errors = ValidateContact(input);
        if (errors.Any)
        {
            return Outcome<ChildContact>.Failure(errors.ToDictionary());
        }

        if (contact is null)
        {
            contact = new ChildContact { Id = Guid.CreateVersion7(), ChildId = childId, AreaId = child.AreaId, Name = string.Empty };
            db.ChildContacts.Add(contact);
        }

        var family = input.Kind == ContactKind.Family;
        contact.Kind = input.Kind!.Value;
        contact.Name = input.Name!.Trim();
        contact.Relationship = Clean(input.Relationship);
        contact.Organisation = Clean(input.Organisation);
        contact.ParentalResponsibility = family && input.ParentalResponsibility;
        contact.Phone = Clean(input.Phone);
        contact.Email = Clean(input.Email);
        contact.Address = Clean(input.Address);
        contact.PreferredContact = input.PreferredContact;
        contact.ReceivesLetters = input.ReceivesLetters;
        await db.SaveChangesAsync(ct);
        return Outcome<ChildContact>.Success(contact);
    }

    /// <summary>Removes a contact from the record (the audit trail keeps what it said). False when it is not the user's to remove.</summary>
    public async Task<bool> RemoveContactAsync(Guid childId, Guid contactId, CancellationToken ct)
    {
        if ((await FindAsync(childId, ct)).Child is null)
        {
            return false;
        }

        var contact = await db.ChildContacts.SingleOrDefaultAsync(c => c.Id == contactId && c.ChildId == childId, ct);
        if (contact is null)
        {
            return false;
        }

        db.ChildContacts.Remove(contact);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public async Task<Outcome<Child>?> SaveCommunicationAsync(Guid childId, CommunicationInput input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        if ((await FindAsync(childId, ct)).Child is not { } child)
        {
            return null;
        }

        var errors = new FieldErrors();
        if (input.NeedsInterpreter && string.IsNullOrWhiteSpace(input.InterpreterLanguage))
        {
            errors.Add("interpreterLanguage", "Enter the language the interpreter needs to speak");
        }

        if (input.InterpreterLanguage?.Trim().Length > 100)
        {
            errors.Add("interpreterLanguage", "The language must be 100 characters or fewer");
        }

        if (input.Other?.Trim().Length > 2000)
        {
            errors.Add("other", "Other needs must be 2,000 characters or fewer");
        }

        if (errors.Any)
        {
            return Outcome<Child>.Failure(errors.ToDictionary());
        }

        child.NeedsInterpreter = input.NeedsInterpreter;
        child.InterpreterLanguage = input.NeedsInterpreter ? Clean(input.InterpreterLanguage) : null;
        child.LargePrint = input.LargePrint;
        child.EasyRead = input.EasyRead;
        child.Bsl = input.Bsl;
        child.OtherCommunicationNeeds = Clean(input.Other);
        await db.SaveChangesAsync(ct);
        return Outcome<Child>.Success(child);
    }

    private static FieldErrors ValidateContact(ContactInput input)
    {
        var errors = new FieldErrors();
        if (input.Kind is null || !Enum.IsDefined(input.Kind.Value))
        {
            errors.Add("kind", "Select who the contact is");
        }

        if (string.IsNullOrWhiteSpace(input.Name))
        {
            errors.Add("name", "Enter the contact's name");
        }
        else if (input.Name.Trim().Length > 200)
        {
            errors.Add("name", "The name must be 200 characters or fewer");
        }

        if (input.Kind == ContactKind.Family && string.IsNullOrWhiteSpace(input.Relationship))
        {
            errors.Add("relationship", "Enter their relationship to the child, for example mother or grandparent");
        }

        Limit(errors, input.Relationship, "relationship", "The relationship or role", 100);
        Limit(errors, input.Organisation, "organisation", "The organisation", 200);
        Limit(errors, input.Phone, "phone", "The phone number", 40);
        Limit(errors, input.Address, "address", "The address", 500);
        if (Clean(input.Email) is { } email && (email.Length > 254 || !email.Contains('@', StringComparison.Ordinal) || email.StartsWith('@') || email.EndsWith('@')))
        {
            errors.Add("email", "Enter an email address in the correct format, like name@example.com");
        }

        if (input.Phone is { } phone && !string.IsNullOrWhiteSpace(phone) && !phone.Trim().All(ch => char.IsAsciiDigit(ch) || ch is ' ' or '+' or '(' or ')' or '-'))
        {
            errors.Add("phone", "Enter a phone number, like 01632 960 001 or 07700 900 982");
        }

        var missing = input.PreferredContact switch
        {
            ContactMethod.Email when Clean(input.Email) is null => ("email", "Enter an email address, or choose another way to contact them"),
            ContactMethod.Phone or ContactMethod.Text when Clean(input.Phone) is null => ("phone", "Enter a phone number, or choose another way to contact them"),
            ContactMethod.Post when Clean(input.Address) is null => ("address", "Enter a postal address, or choose another way to contact them"),
            _ => default,
        };
        if (missing.Item1 is not null && !errors.Has(missing.Item1))
        {
            errors.Add(missing.Item1, missing.Item2);
        }

        if (input.ReceivesLetters && Clean(input.Address) is null && Clean(input.Email) is null && !errors.Has("address"))
        {
            errors.Add("address", "Enter a postal or email address to send letters to");
        }

        return errors;
    }

    private static void Limit(FieldErrors errors, string? value, string field, string what, int max)
    {
        if (value?.Trim().Length > max && !errors.Has(field))
        {
            errors.Add(field, $"{what} must be {max} characters or fewer");
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
