using Sightline.Analysis;
using Sightline.Analysis.Mentions;
using Sightline.Documents;
using Sightline.Tests.Support;

namespace Sightline.Tests.Analysis;

/// <summary>Typed mentions and chains found by the committed tagger and the rules, from Specs/mentions.md.</summary>
public sealed class MentionSpecTests
{
    public static TheoryData<SpecExample> Examples => SpecFile.Load("mentions.md");

    [Theory]
    [MemberData(nameof(Examples))]
    public void Finds_mentions_as_the_spec_says(SpecExample example)
    {
        var document = DocumentFactory.Create("spec.txt", "text", example.Input, new DocumentMetadata(Language: "en"));
        var analyzed = BundledAnalysis.Analyzer.Analyze(document, TestContext.Current.CancellationToken);
        var found = analyzed.Mentions.Select(m => $"{Short(m.Type)} {m.Text}").ToList();
        foreach (var line in example.Expected)
        {
            if (line.StartsWith("same: ", StringComparison.Ordinal))
                Assert.Single(Chains(analyzed, line["same: ".Length..]).Distinct());
            else if (line.StartsWith("different: ", StringComparison.Ordinal))
            {
                var chains = Chains(analyzed, line["different: ".Length..]);
                Assert.Equal(chains.Count, chains.Distinct().Count());
            }
            else if (line.StartsWith("not ", StringComparison.Ordinal))
                Assert.DoesNotContain(line[4..], found);
            else
                Assert.Contains(line, found);
        }
    }

    private static List<int> Chains(AnalyzedDocument analyzed, string texts) =>
        texts.Split(" | ").Select(text => analyzed.Mentions.FirstOrDefault(m => m.Text == text)?.Chain
            ?? throw new Xunit.Sdk.XunitException($"no mention '{text}' among: {string.Join(", ", analyzed.Mentions.Select(m => m.Text))}")).ToList();

    private static string Short(MentionType type) => type switch
    {
        MentionType.Person => "PER",
        MentionType.Organization => "ORG",
        MentionType.Location => "LOC",
        _ => "MISC",
    };
}
