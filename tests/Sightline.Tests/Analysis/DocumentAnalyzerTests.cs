using Sightline.Analysis;
using Sightline.Analysis.Mentions;
using Sightline.Documents;
using Sightline.Tests.Support;

namespace Sightline.Tests.Analysis;

/// <summary>The analysis stage on whole documents: a seed report, and Arabic text scanned for listed names.</summary>
public sealed class DocumentAnalyzerTests
{
    [Fact]
    public void A_seed_report_gives_its_people_chained_and_its_dates()
    {
        var outcome = DocumentReader.Read(Path.Combine(Repository.Root, "samples", "000_54a1d4067711828e.txt"));
        var analyzed = BundledAnalysis.Analyzer.Analyze(Assert.Single(outcome.Documents), TestContext.Current.CancellationToken);
        Assert.Equal("2023-03-06", analyzed.Document.Published?.ToString());
        var persons = analyzed.Chains.Where(c => c.Type == MentionType.Person).ToList();
        var khazali = Assert.Single(persons, c => c.Name.Contains("Khaz'ali", StringComparison.Ordinal));
        Assert.True(khazali.Mentions >= 5);
        Assert.Contains(persons, c => c.Name == "Antonio Guterres");
        Assert.Contains(analyzed.Dates, d => d.Value == "2023-03-02/2023-03-03");
    }

    [Fact]
    public void Arabic_text_yields_listed_names_in_their_script_and_no_dates()
    {
        var listed = BundledScreening.Entries.SelectMany(e => e.Names).First(n => n.Text.Any(Sightline.Names.Scripts.ArabicScript.IsArabicLetter) && n.Text.Split(' ').Length >= 2).Text;
        var document = DocumentFactory.Create("ar.txt", "text", $"قال المتحدث إن {listed} وصل إلى بغداد يوم ١٣ أيار.", new DocumentMetadata());
        var analyzed = BundledAnalysis.Analyzer.Analyze(document, TestContext.Current.CancellationToken);
        Assert.Equal("ar", document.Language);
        var mention = Assert.Single(analyzed.Mentions);
        Assert.Equal(listed, mention.Text);
        Assert.Equal("list", mention.Source);
        Assert.Empty(analyzed.Dates);
    }

    [Theory]
    [InlineData("Petra Novak, head of the Danube Shipping Union, met him in Vienna on Friday.", "Danube Shipping Union")]
    [InlineData("A delegate of the Adriatic Ferry Operators Association met him in Split on Friday.", "Adriatic Ferry Operators Association")]
    public void A_name_ending_in_a_body_noun_is_an_organisation_not_a_person(string sentence, string body)
    {
        var document = DocumentFactory.Create("en.txt", "text", $"Omar Haddad was in Europe. {sentence}", new DocumentMetadata());
        var analyzed = BundledAnalysis.Analyzer.Analyze(document, TestContext.Current.CancellationToken);
        Assert.Contains(analyzed.Mentions, m => m.Type == MentionType.Organization && m.Text == body);
        Assert.DoesNotContain(analyzed.Mentions, m => m.Type == MentionType.Person && body.Contains(m.Text, StringComparison.Ordinal));
    }
    [Fact]
    public void A_family_name_right_after_a_given_name_finishes_it_and_leaves_no_lone_given_name()
    {
        // The tagger takes only "Laila" before "said" here; "Karam" is then known as Laila Karam's family name. Read as two
        // people, "Laila" (two Lailas in the report) became an entity of its own that later full names could fall into.
        const string text = "On June 26, 2019, Omar Haddad met with Laila Sabbagh in Amman. On June 27, 2019, Omar Haddad met with Laila Karam in Erbil. "
                            + "\"We discussed the situation frankly,\" Laila Karam said after the meeting.";
        var (persons, analyzed) = PersonChains(text);
        Assert.Equal(["Laila Karam", "Laila Sabbagh", "Omar Haddad"], persons);
        Assert.Equal(2, analyzed.Mentions.Count(m => m.Text == "Laila Karam"));
    }

    [Fact]
    public void A_kunya_is_not_a_family_name_that_another_person_of_the_report_shares()
    {
        // "Abu Jabir" (the father of Jabir) and, later, "Nour Jaber" are two people; "Jabir" and "Jaber" differ by a letter.
        const string text = "On March 2, 2017, Hana Awad received Abu Jabir in Erbil. \"We discussed the situation frankly,\" Abu Jabir said. "
                            + "On March 26, 2017, Hana Awad met with Nour Jaber in Erbil. \"We discussed the situation frankly,\" Nour Jaber said after the meeting.";
        Assert.Equal(["Abu Jabir", "Hana Awad", "Nour Jaber"], PersonChains(text).Persons);
    }

    /// <summary>The names of the person chains <paramref name="text"/> is read into, in ordinal order, and the whole reading.</summary>
    private static (List<string> Persons, AnalyzedDocument Analyzed) PersonChains(string text)
    {
        var analyzed = BundledAnalysis.Analyzer.Analyze(DocumentFactory.Create("en.txt", "text", text, new DocumentMetadata()), TestContext.Current.CancellationToken);
        return ([.. analyzed.Chains.Where(c => c.Type == MentionType.Person).Select(c => c.Name).Order(StringComparer.Ordinal)], analyzed);
    }
}
