using Sightline.Export;

namespace Sightline.Tests.Export;

/// <summary>A whole CSV record as the exports write it: empty cells kept, quoting only where RFC 4180 needs it.</summary>
public sealed class CsvRowTests
{
    [Fact]
    public void A_row_quotes_only_the_cells_that_need_it_and_keeps_empty_ones()
    {
        Assert.Equal("M-1,,\"two\nlines\",\"Oslo, Norway\",\"say \"\"hi\"\"\",'=1+1",
            CsvCell.Row("M-1", null, "two\nlines", "Oslo, Norway", "say \"hi\"", "=1+1"));
    }

    [Fact]
    public void A_row_of_one_empty_cell_is_empty() => Assert.Equal("", CsvCell.Row(""));
}
