using TellItOnce.Web.Shared;

namespace TellItOnce.Web.Tests;

public sealed class CsvTests
{
    [Theory]
    [InlineData("NS-2026-0001", "NS-2026-0001")]
    [InlineData("Smith, Jo", "\"Smith, Jo\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+SUM(A1:A9)", "'+SUM(A1:A9)")]
    [InlineData("-1", "-1")]
    [InlineData("-1+2", "'-1+2")]
    public void A_cell_is_quoted_when_needed_and_never_read_as_a_formula(string value, string expected) =>
        Csv.Cell(value).ShouldBe(expected);
}
