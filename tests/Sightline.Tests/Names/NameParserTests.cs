using Sightline.Names;

namespace Sightline.Tests.Names;

public sealed class NameParserTests
{
    private static string[] Texts(string name) => NameParser.Parse(name).Tokens.Select(t => t.Text).ToArray();
    private static string[] Keys(string name) => NameParser.Parse(name).Tokens.Select(t => t.Key).ToArray();

    [Fact]
    public void ListOrderAndWrittenOrder_GiveTheSameTokens()
    {
        Assert.Equal(Texts("Qais al-Khazali").Order(), Texts("AL-KHAZALI, Qais").Order());
        Assert.Equal(["qais", "khazali"], Texts("Qais Al-Khaz'ali"));
    }

    [Theory]
    [InlineData("Qais Al-Khaz'ali")]
    [InlineData("Qays al-Khazali")]
    [InlineData("AL-KHAZALI, Qais")]
    [InlineData("Kais al Khazaali")]
    [InlineData("قيس الخزعلي")]
    [InlineData("قیس الخزعلی")]
    public void SpellingsAndScriptsOfOneName_ShareTheirPhoneticKeys(string name) =>
        Assert.Equal(["KS", "XZL"], Keys(name).Order(StringComparer.Ordinal));

    [Fact]
    public void Honorifics_AreOptionalTokens_AndConnectorsAreSetAside()
    {
        var parsed = NameParser.Parse("Sheikh Qais bin Hadi");
        Assert.True(parsed.Tokens.Single(t => t.Text == "sheikh").Optional);
        Assert.DoesNotContain(parsed.Tokens, t => t.Text == "bin");
        Assert.Contains("bin (son/daughter of)", parsed.Ignored);
    }

    [Theory]
    [InlineData("Abdulrahman")]
    [InlineData("Abdurrahman")]
    [InlineData("Abd al-Rahman")]
    [InlineData("Abdel Rahman")]
    [InlineData("عبد الرحمن")]
    [InlineData("عبدالرحمن")]
    public void AbdCompounds_SplitTheSameWay(string name) => Assert.Equal(["BD", "RHMN"], Keys(name));

    [Fact]
    public void CyrillicIsTransliterated() => Assert.Equal(["mikhail", "bogdanov"], Texts("Михаил Богданов"));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0001\u0002\t\n")]
    [InlineData("---,,,")]
    public void EmptyOrControlOnly_GivesNoTokens(string name) => Assert.True(NameParser.Parse(name).IsEmpty);

    [Fact]
    public void VeryLongNames_AreCutAndSaySo()
    {
        var parsed = NameParser.Parse(string.Join(' ', Enumerable.Repeat("Khazali", 2000)));
        Assert.Equal(NameParser.MaxTokens, parsed.Tokens.Count);
        Assert.Contains(parsed.Ignored, i => i.Contains("too long"));
    }

    [Theory]
    [InlineData(16, 1)]
    [InlineData(17, 2)]
    [InlineData(24, 2)]
    [InlineData(25, 3)]
    [InlineData(100, 12)]
    public void QueriesOfAnyLength_AreReadWholeInOverlappingWindows(int words, int windows)
    {
        var parsed = NameParser.ParseWindows(string.Join(' ', Enumerable.Range(0, words).Select(i => $"Word{(char)('a' + i % 26)}{(char)('a' + i / 26)}")));
        Assert.Equal(windows, parsed.Count);
        Assert.All(parsed, w => Assert.InRange(w.Tokens.Count, 1, NameParser.MaxTokens));
        // Every word is in some window, and the last window ends with the last word.
        Assert.Equal(words, parsed.SelectMany(w => w.Tokens).Select(t => t.Text).Distinct().Count());
        if (windows > 1) Assert.All(parsed, w => Assert.Contains(w.Ignored, i => i.Contains($"a name of {words} words")));
    }

    [Fact]
    public void MixedScriptWords_SplitAtTheScriptChange() =>
        Assert.Equal([NameScript.Latin, NameScript.Arabic], NameParser.Parse("Qaisالخزعلي").Tokens.Select(t => t.Script));
}
