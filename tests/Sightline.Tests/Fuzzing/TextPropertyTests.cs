using FsCheck;
using FsCheck.Fluent;
using Sightline.Dates;
using Sightline.Documents.Readers;
using Sightline.Lists.Formats.Ofac;
using Sightline.Lists.Model;
using Sightline.Names;

namespace Sightline.Tests.Fuzzing;

/// <summary>Properties of the parsers of short text (names, dates, OFAC remarks, report headers) over generated
/// strings mixing Latin, Arabic, Persian, Cyrillic and Hebrew letters, digits, punctuation, control and bidi
/// characters: they never throw, and what they return stays in its documented bounds. The number of cases follows
/// <c>SIGHTLINE_FUZZ_ITERATIONS</c> (ten times it), the seed <c>SIGHTLINE_FUZZ_SEED</c>.</summary>
[Trait("Kind", "Fuzz")]
public sealed class TextPropertyTests
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéüçñ'’-,. ";
    private const string Others = "قيسالخزعليحسننصراللهیکپچگжопрстДмитрийשלוםכהן0123456789()[]/:;\"\t\n\r\u0000\u200f\u202e\u0640\u064b\uFEFF\uD83D\uDE00";

    private static readonly Arbitrary<string> Text =
        Gen.ArrayOf(Gen.Frequency((4, Gen.Elements(Letters.ToCharArray())), (2, Gen.Elements(Others.ToCharArray()))))
            .Select(chars => new string(chars)).ToArbitrary();

    private static Config Config => Config.QuickThrowOnFailure.WithMaxTest(10 * Fuzzer.Iterations).WithEndSize(400)
        .WithReplay((ulong)Fuzzer.Seed, 0x9E3779B97F4A7C15UL);

    [Fact]
    public void Names_parse_into_bounded_tokens_and_windows_cover_every_token() =>
        Prop.ForAll(Text, name =>
        {
            var parsed = NameParser.Parse(name);
            var windows = NameParser.ParseWindows(name);
            return parsed.Tokens.Count <= NameParser.MaxTokens
                && windows.All(w => w.Tokens.Count <= NameParser.MaxTokens)
                && (parsed.IsEmpty == windows.All(w => w.IsEmpty));
        }).Check(Config);

    [Fact]
    public void Name_comparisons_score_between_zero_and_one() =>
        Prop.ForAll(Text, Text, (a, b) =>
        {
            var comparison = NamePairComparison.Compare(a, b);
            return comparison.Score is >= 0 and <= 1 && comparison.Decision is "match" or "no match";
        }).Check(Config);

    [Fact]
    public void Dates_parse_or_are_refused() =>
        Prop.ForAll(Text, text =>
        {
            _ = PartialDate.TryParse(text, out _);
            _ = DateFinder.Find(text, null);
            _ = OfacRemarksParser.Parse(text);
            return true;
        }).Check(Config);

    [Fact]
    public void Report_headers_and_bodies_read_without_throwing() =>
        Prop.ForAll(Text, Text, (header, body) =>
        {
            var document = PlainTextReader.Read("generated.txt", $"Title: {header}\nURL: {header}\nPublished: {header}\n\n{body}");
            return document.Text is not null;
        }).Check(Config);
}
