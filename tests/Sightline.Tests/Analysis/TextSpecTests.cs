using Sightline.Analysis.Text;
using Sightline.Tests.Support;

namespace Sightline.Tests.Analysis;

/// <summary>Tokens and sentences, from Specs/tokens.md and Specs/sentences.md.</summary>
public sealed class TextSpecTests
{
    public static TheoryData<SpecExample> Tokens => SpecFile.Load("tokens.md");
    public static TheoryData<SpecExample> Sentences => SpecFile.Load("sentences.md");

    [Theory]
    [MemberData(nameof(Tokens))]
    public void Tokenizes_as_the_spec_says(SpecExample example)
    {
        var tokens = Tokenizer.Tokenize(example.Input).Select(t => t.Text);
        Assert.Equal(example.Expected.Single(), string.Join(" | ", tokens));
    }

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Splits_sentences_as_the_spec_says(SpecExample example)
    {
        var sentences = SentenceSplitter.Split(example.Input, Tokenizer.Tokenize(example.Input)).Select(s => s.TextIn(example.Input));
        Assert.Equal(example.Expected, sentences);
    }

    [Fact]
    public void Token_spans_point_into_the_text()
    {
        const string text = "He met Al-Khaz'ali.[3] “Yes,” he said.";
        foreach (var token in Tokenizer.Tokenize(text)) Assert.Equal(token.Text, text[token.Start..token.End]);
    }

    [Fact]
    public void A_page_without_punctuation_is_cut_into_bounded_sentences()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 1000));
        var sentences = SentenceSplitter.Split(text, Tokenizer.Tokenize(text));
        Assert.All(sentences, s => Assert.True(s.Tokens.Count <= SentenceSplitter.MaxTokens));
        Assert.Equal(1000, sentences.Sum(s => s.Tokens.Count));
    }
}
