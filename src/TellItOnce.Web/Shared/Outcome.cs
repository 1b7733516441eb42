namespace TellItOnce.Web.Shared;

/// <summary>
/// The result of a use case: a value, or the expected failures keyed by the field they concern. Pages show the errors in
/// the GOV.UK error summary; the API returns them as RFC 9457 validation problem details. Bugs throw instead.
/// </summary>
public sealed class Outcome<T>
{
    private Outcome(T? value, IReadOnlyDictionary<string, string[]> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static Outcome<T> Success(T value) => new(value, new Dictionary<string, string[]>());

    public static Outcome<T> Failure(IReadOnlyDictionary<string, string[]> errors) => new(default, errors);
}

/// <summary>Collects field errors in the order they are found, so the error summary lists them in page order.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
