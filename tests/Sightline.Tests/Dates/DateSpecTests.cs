using Sightline.Dates;
using Sightline.Lists.Model;
using Sightline.Tests.Support;

namespace Sightline.Tests.Dates;

/// <summary>Dates with precision, qualifier and basis, from Specs/dates.md.</summary>
public sealed class DateSpecTests
{
    public static TheoryData<SpecExample> Examples => SpecFile.Load("dates.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Finds_dates_as_the_spec_says(SpecExample example)
    {
        var text = example.Input;
        PartialDate? published = null;
        if (text.StartsWith("published: ", StringComparison.Ordinal))
        {
            var line = text[..text.IndexOf('\n')];
            Assert.True(PartialDate.TryParse(line["published: ".Length..], out var date));
            published = date;
            text = text[(line.Length + 1)..];
        }
        var found = DateFinder.Find(text, published).Select(Describe);
        Assert.Equal(example.Expected, found);
    }

    [Fact]
    public void Spans_point_at_the_date_text()
    {
        const string text = "On March 2-3, 2023, he came; in October 2016 he left.";
        foreach (var date in DateFinder.Find(text, null)) Assert.Equal(date.Text, text[date.Start..date.End]);
    }

    private static string Describe(ReportedDate d) =>
        $"{d.Text} => {d.Value} {d.Precision.ToString().ToLowerInvariant()} {System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(d.Basis.ToString())}{(d.Qualifier is null ? "" : " " + d.Qualifier)}";
}
