using Sightline.Lists.Model;

namespace Sightline.Tests.Lists.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("20 Jun 1974", "1974-06-20", DatePrecision.Day)]
    [InlineData("Jun 1974", "1974-06", DatePrecision.Month)]
    [InlineData("1974", "1974", DatePrecision.Year)]
    [InlineData("1974-06-20", "1974-06-20", DatePrecision.Day)]
    [InlineData("1974-06", "1974-06", DatePrecision.Month)]
    [InlineData("2015-04-07-04:00", "2015-04-07", DatePrecision.Day)]
    [InlineData("2022-02-24T00:00:00Z", "2022-02-24", DatePrecision.Day)]
    public void TryParse_KnownForms_KeepTheirPrecision(string text, string iso, DatePrecision precision)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(iso, date.ToString());
        Assert.Equal(precision, date.Precision);
    }

    [Theory]
    [InlineData("")]
    [InlineData("31 Feb 1974")]
    [InlineData("Juneteenth 1974")]
    [InlineData("1974-13")]
    [InlineData("74")]
    [InlineData("1974-06-99999999999")] // a day too long for a number is refused, not an overflow
    [InlineData("1974-0000000000000000006")]
    public void TryParse_ImpossibleOrUnknownText_Fails(string text) =>
        Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void AMonth_IsNeverWidenedToItsFirstDay() =>
        Assert.NotEqual(new PartialDate(2016, 10, 1), new PartialDate(2016, 10));
}
