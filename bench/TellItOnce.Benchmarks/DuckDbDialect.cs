using NodaTime;
using TellItOnce.Web.Features.Insight;

/// <summary>DuckDB's spelling of the few expressions the catalogue's SQL needs, so the same measures run on the exported facts.</summary>
internal sealed class DuckDbDialect : SqlDialect
{
    public static readonly DuckDbDialect Instance = new();

    public override bool IsPostgres => false;

    public override string Date(LocalDate date) => $"DATE '{Iso(date)}'";

    public override string Id(Guid id) => $"'{id}'::UUID";

    public override string AddDays(string dateExpression, int days) => $"({dateExpression} + ({days}))";

    public override string AddMonths(string dateExpression, int months) => $"CAST({dateExpression} + INTERVAL '{months} months' AS DATE)";

    public override string Month(string dateExpression) => $"strftime({dateExpression}, '%Y-%m')";

    public override string Quarter(string dateExpression) => $"(strftime({dateExpression}, '%Y') || '-Q' || CAST(quarter({dateExpression}) AS VARCHAR))";

    public override (string Placeholder, string Name) ParameterNames(int index) => ($"$p{index}", $"p{index}");
}
