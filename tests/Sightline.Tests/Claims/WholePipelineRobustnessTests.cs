using System.Text;
using Sightline.Analysis.Tagging;
using Sightline.Claims;
using Sightline.Documents;
using Sightline.Lists.Model;
using Sightline.Tests.Support;

namespace Sightline.Tests.Claims;

/// <summary>
/// Analysis and claim extraction run over every text at hand — the CoNLL training documents as raw text, the
/// in-genre evaluation reports, the real reports of ../shared/corpus/real-dev and the seeds — and over generated
/// hostile text (very long sentences, no punctuation, only names, mixed scripts, control characters, unbalanced quotes
/// and brackets, random sequences of the words the name rules react to). No document may throw. Each document runs
/// under a generous hang guard (a minute), which catches a loop that never ends, not a slow document.
/// </summary>
public sealed class WholePipelineRobustnessTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(1);
    private static readonly PartialDate Published = new(2024, 3, 12);

    [Fact, Trait("Speed", "Slow")]
    public void Every_conll_training_document_is_read_without_an_exception()
    {
        var path = Path.Combine(Repository.Root, "..", "shared", "nlp-data", "conllpp", "conllpp_train.txt");
        Assert.True(File.Exists(path), $"{path} is missing");
        var texts = ConllCorpus.Read(path).Select((d, i) => ($"conll-train-{i}", string.Join("\n", d.Sentences.Select(s => string.Join(' ', s.Words))))).ToList();
        Assert.True(texts.Count > 900, $"only {texts.Count} CoNLL documents read");
        AssertReadsAll(texts);
    }

    [Fact]
    public void Every_report_on_disk_is_read_without_an_exception()
    {
        var folders = new[]
        {
            Path.Combine(Repository.Root, "data", "eval", "claims"),
            Path.Combine(Repository.Root, "samples"),
            Path.Combine(Repository.Root, "..", "shared", "corpus", "real-dev", "docs"),
            Path.Combine(Repository.Root, "..", "shared", "corpus", "seeds", "docs"),
        };
        var texts = new List<(string, string)>();
        foreach (var folder in folders)
        {
            Assert.True(Directory.Exists(folder), $"{folder} is missing");
            foreach (var file in Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal))
                foreach (var document in DocumentReader.Read(file).Documents) texts.Add((file, document.Text));
        }
        Assert.True(texts.Count >= 50, $"only {texts.Count} reports found");
        AssertReadsAll(texts);
    }

    [Fact, Trait("Speed", "Slow")]
    public void Generated_hostile_text_is_read_without_an_exception()
    {
        AssertReadsAll(HostileTexts.All().ToList());
    }

    /// <summary>Reads each text as an English document published on a fixed day, straight through the stages (not
    /// through <see cref="GuardedReading"/>, which would hide the exception this test looks for).</summary>
    private static void AssertReadsAll(IReadOnlyList<(string Name, string Text)> texts)
    {
        var failures = new List<string>();
        foreach (var (name, text) in texts)
        {
            var document = DocumentFactory.Create(name, "text", text, new DocumentMetadata(Published: Published, Language: "en"));
            var run = Task.Run(() => ClaimExtractor.Extract(BundledAnalysis.Analyzer.Analyze(document)));
            try
            {
                if (!run.Wait(HangGuard)) failures.Add($"{name}: still running after {HangGuard.TotalSeconds:0} s");
            }
            catch (AggregateException e)
            {
                var inner = e.InnerException!;
                failures.Add($"{name}: {inner.GetType().Name}: {inner.Message}\n{inner.StackTrace}\n--- text: {Excerpt(text)}");
            }
            if (failures.Count >= 5) break;
        }
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    private static string Excerpt(string text) => text.Length <= 400 ? text : text[..400] + "…";
}

/// <summary>Deterministic hostile inputs for the reading stages.</summary>
internal static class HostileTexts
{
    /// <summary>Words the tokenizer, tagger, name rules, claim finders and date finder react to.</summary>
    private static readonly string[] Vocabulary =
    [
        "the", "The", "of", "for", "in", "and", "to", "with", "a", "A", "An", ",", ",", ".", ";", ":", "(", ")", "\"", "'s", "’", "-", "—",
        "Sheikh", "Sayyid", "Mr.", "Dr.", "Secretary", "General", "Secretary-General", "Prime", "Minister", "minister", "ambassador",
        "envoy", "head", "leader", "Deputy", "Senior", "Former", "Top", "commander", "chief", "spokesman",
        "Al", "al-Amiri", "Al-Hakim", "bin", "ibn", "Abu", "Abd", "Umm", "'Abd", "El-Sisi",
        "Ali", "Hassan", "Mohammed", "Qasim", "Laila", "Karimov", "Petrova", "Zhang", "Okafor",
        "UN", "U.S.", "IRGC", "NATO", "ABC", "XYZ", "Hezbollah", "Hamas", "Islamic", "Resistance", "Movement", "Council", "Front",
        "Organization", "Party", "Ministry", "Foreign", "Affairs", "Center", "Political", "Bureau", "Jaysh", "Kataib", "Ahl",
        "Iraq", "Baghdad", "Tehran", "Iraqi", "Lebanese", "Street", "Province", "daily", "agency", "news", "Telegram",
        "met", "meets", "meeting", "met", "received", "hosted", "visited", "talks", "held", "between", "will", "meet", "did", "not",
        "photo", "posed", "phone", "call", "him", "her", "he", "she", "his", "known", "as", "aka", "alias", "including", "said",
        "sanctioned", "designated", "OFAC", "Treasury", "SDGT", "E.O.", "13224", "brother", "son",
        "January", "May", "March", "2023", "2024", "1972", "12", "3-4", "on", "Monday", "yesterday", "last", "week", "since", "early",
        "BAGHDAD", "—", "\n", "\n\n",
    ];

    public static IEnumerable<(string Name, string Text)> All()
    {
        var random = new Random(20261130);
        for (var i = 0; i < 400; i++) yield return ($"soup-{i}", Soup(random, random.Next(1, 60)));
        yield return ("soup-long", Soup(random, 6000));
        yield return ("long-sentence", string.Join(' ', Enumerable.Range(0, 4000).Select(i => Vocabulary[i * 7919 % Vocabulary.Length]).Where(w => w is not ("." or "\n" or "\n\n"))) + ".");
        yield return ("no-punctuation", string.Join(' ', Enumerable.Repeat("Ali Hassan met the Iraqi prime minister in Baghdad on Monday and discussed the situation with him", 300)));
        yield return ("only-names", string.Join(' ', Enumerable.Range(0, 3000).Select(i => Vocabulary[(i * 31) % Vocabulary.Length]).Where(w => w.Length > 1 && char.IsUpper(w[0]))));
        yield return ("only-capitals", string.Join(' ', Enumerable.Repeat("SHEIKH ALI AL-AMIRI MET THE UN ENVOY IN BAGHDAD", 200)));
        yield return ("mixed-scripts", string.Join(' ', Enumerable.Repeat("Ali قيس الخزعلي met Дмитрий Песков and 习近平 in Baghdad 😀 on Monday, ‏Hassan‎ said.", 100)));
        yield return ("control-characters", string.Concat(Enumerable.Range(0, 2000).Select(i => (char)(i % 32))) + " Ali met Hassan\u0000 on\u0007 Monday\u200B.\uFEFF\u2028\u2029\u0085");
        yield return ("lone-surrogates", "Ali met \uD800 Hassan \uDFFF on Monday. " + new string('\uD83D', 50));
        yield return ("unbalanced", string.Join(' ', Enumerable.Repeat("((( \"Ali met [Hassan \" ) ) ) “ ” ‘ ’ « » (UN (IRGC) Hassan (", 200)));
        yield return ("one-letter-words", string.Join(' ', Enumerable.Range(0, 5000).Select(i => ((char)('A' + i % 26)).ToString())));
        yield return ("punctuation-only", string.Concat(Enumerable.Repeat(".,;:!?-—()[]\"'’ ", 500)));
        yield return ("huge-word", new string('a', 200_000) + " met " + new string('B', 100_000));
        yield return ("digits", string.Join(' ', Enumerable.Range(0, 3000).Select(i => (i * 37 % 10000).ToString())));
        yield return ("dates-only", string.Join(' ', Enumerable.Repeat("on Monday yesterday March 3 2024 early May 1972 last week 2024-02-30 February 30, 2023 31 June", 200)));
        yield return ("empty", "");
        yield return ("whitespace", "   \n\n\t  \r\n ");
        yield return ("comma-before-said", "Ali Hassan, the deputy minister of defence, met Omar Khalil in Beirut on Monday, officials , said. The minister of oil , said.");
        yield return ("titles-at-start", "Secretary. General. Sheikh. the. of. Al. bin. 's. Deputy Secretary of the Treasury. At the United Nations Security Council Ali met Hassan.");
    }

    private static string Soup(Random random, int words)
    {
        var text = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(Vocabulary[random.Next(Vocabulary.Length)]);
        }
        return text.ToString();
    }
}
