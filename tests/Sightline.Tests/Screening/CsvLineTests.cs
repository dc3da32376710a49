using Sightline.Screening.Batch;

namespace Sightline.Tests.Screening;

/// <summary>One record of a batch or pairs CSV split into fields (RFC 4180).</summary>
public sealed class CsvLineTests
{
    [Theory]
    [InlineData("a,b,c", new[] { "a", "b", "c" })]
    [InlineData("\"NOVAK, Pavel\",1970", new[] { "NOVAK, Pavel", "1970" })]
    [InlineData("\"say \"\"hello\"\"\",x", new[] { "say \"hello\"", "x" })]
    [InlineData("\"two\nlines\",y", new[] { "two\nlines", "y" })]
    [InlineData("a,,", new[] { "a", "", "" })]
    [InlineData("", new[] { "" })]
    public void Splits_fields_and_unquotes(string record, string[] fields) => Assert.Equal(fields, CsvLine.Split(record));

    [Theory]
    [InlineData("\"open,field", true)]
    [InlineData("\"closed\",field", false)]
    [InlineData("plain", false)]
    public void Tells_a_record_that_goes_on_to_the_next_line(string record, bool open) => Assert.Equal(open, CsvLine.HasOpenQuote(record));
}
