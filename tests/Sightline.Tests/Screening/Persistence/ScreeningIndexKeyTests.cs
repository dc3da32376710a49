using Sightline.Screening.Persistence;

namespace Sightline.Tests.Screening.Persistence;

/// <summary>The key a stored screening index is kept under, and the reason given when it no longer holds.</summary>
public sealed class ScreeningIndexKeyTests
{
    [Fact]
    public void Difference_SaysWhatChanged()
    {
        var before = ScreeningIndexKey.Parse("code a\nlist x version 1 id 1 content h1 imported 5\nlist y version 3 id 7 content h2 imported 6");
        ScreeningIndexKey Now(string lists) => ScreeningIndexKey.Parse("code a\n" + lists);

        Assert.Null(before.Difference(ScreeningIndexKey.Parse(before.Text)));
        Assert.Equal("Sightline's names or screening code changed", ScreeningIndexKey.Parse(before.Text.Replace("code a", "code b")).Difference(before));
        Assert.Equal("the lists changed (y is now version 4)",
            Now("list x version 1 id 1 content h1 imported 5\nlist y version 4 id 8 content h3 imported 9").Difference(before));
        Assert.Equal("the lists changed (z is new, y is no longer active)",
            Now("list x version 1 id 1 content h1 imported 5\nlist z version 1 id 9 content h4 imported 9").Difference(before));
        Assert.Equal("the lists changed (x version 1 is another import)",
            Now("list x version 1 id 2 content h9 imported 5\nlist y version 3 id 7 content h2 imported 6").Difference(before));
    }
}
