using System.Xml.Linq;
using Sightline.Export;
using Sightline.Tests.Support;

namespace Sightline.Tests.Export;

/// <summary><c>sightline export</c> run in the test process on the seeds ingested into a copy of the template database: GEXF and GraphML parse back with nodes,
/// edges, dates and attributes; CSV cells that a spreadsheet would evaluate are neutralised.</summary>
public sealed class GraphExportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<string> ExportAsync(string format, params string[] more)
    {
        var db = _temp.File("k.db");
        if (!File.Exists(db)) Assert.Equal(0, (await InProcessCli.RunAsync("ingest", Repository.Samples, "--db", TemplateDatabase.CopyTo(db))).ExitCode);
        var file = _temp.File($"out-{format}-{more.Length}.{format}");
        var run = await InProcessCli.RunAsync(["export", "--format", format, "-o", file, "--db", db, .. more]);
        Assert.True(run.ExitCode == 0, run.Error);
        return file;
    }

    [Fact]
    public async Task Gexf_has_sanctioned_nodes_and_dated_edges_for_the_timeline()
    {
        var gexf = XDocument.Load(await ExportAsync("gexf"));
        XNamespace ns = "http://gexf.net/1.3";
        var graph = gexf.Root!.Element(ns + "graph")!;
        Assert.Equal("dynamic", graph.Attribute("mode")!.Value);
        var khazali = Assert.Single(graph.Descendants(ns + "node"), n => n.Attribute("label")!.Value == "Qais Al-Khaz'ali");
        Assert.Equal("true", khazali.Descendants(ns + "attvalue").Single(a => a.Attribute("for")!.Value == "sanctioned").Attribute("value")!.Value);
        var edges = graph.Descendants(ns + "edge").ToList();
        var dinner = edges.Where(e => e.Attribute("start")?.Value == "2023-03-02").ToList();
        Assert.NotEmpty(dinner);
        Assert.All(dinner, e => Assert.Equal("2023-03-03", e.Attribute("end")!.Value));
        var ids = graph.Descendants(ns + "node").Select(n => n.Attribute("id")!.Value).ToHashSet();
        Assert.All(edges, e => Assert.True(ids.Contains(e.Attribute("source")!.Value) && ids.Contains(e.Attribute("target")!.Value)));
        Assert.All(edges, e => Assert.False(string.IsNullOrEmpty(e.Descendants(ns + "attvalue").Single(a => a.Attribute("for")!.Value == "evidence").Attribute("value")!.Value)));
    }

    [Fact]
    public async Task GraphMl_of_one_neighbourhood_keeps_labels_dates_and_evidence()
    {
        var graphml = XDocument.Load(await ExportAsync("graphml", "--entity", "Antonio Guterres", "--depth", "1"));
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var keys = graphml.Root!.Elements(ns + "key").ToDictionary(k => k.Attribute("id")!.Value, k => k.Attribute("attr.name")!.Value);
        string Data(XElement element, string name) => element.Elements(ns + "data").Single(d => keys[d.Attribute("key")!.Value] == name).Value;
        var nodes = graphml.Descendants(ns + "node").ToList();
        // Guterres met the two militia heads at the dinner, and the Prime Minister during the same visit.
        Assert.Equal(["Antonio Guterres", "Muhammad Shia' Al-Sudani", "Qais Al-Khaz'ali", "Rayan Al-Kildani"], nodes.Select(n => Data(n, "label")).Order(StringComparer.Ordinal));
        Assert.Equal("true", Data(nodes.Single(n => Data(n, "label") == "Rayan Al-Kildani"), "sanctioned"));
        Assert.Equal("false", Data(nodes.Single(n => Data(n, "label") == "Antonio Guterres"), "sanctioned"));
        var edges = graphml.Descendants(ns + "edge").ToList();
        Assert.Equal(4, edges.Count);
        Assert.All(edges, e => Assert.Equal(("2023-03-02", "2023-03-03"), (Data(e, "start"), Data(e, "end"))));
        Assert.Contains(edges, e => Data(e, "evidence").Contains("Guterres", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Csv_has_one_row_a_meeting()
    {
        var lines = await File.ReadAllLinesAsync(await ExportAsync("csv"), TestContext.Current.CancellationToken);
        Assert.Equal(string.Join(',', MeetingsCsv.Header), lines[0]);
        Assert.Contains(lines, l => l.Contains("Antonio Guterres", StringComparison.Ordinal) && l.Contains("2023-03-02", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("Al-Khaz'ali, head", "\"Al-Khaz'ali, head\"")]
    [InlineData("plain", "plain")]
    public void Csv_cells_a_spreadsheet_would_evaluate_are_neutralised(string text, string cell) => Assert.Equal(cell, CsvCell.Of(text));
}
