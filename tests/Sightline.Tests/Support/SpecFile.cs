using System.Text.RegularExpressions;

namespace Sightline.Tests.Support;

/// <summary>One example of a spec file: the heading it is under, its input and its expected output lines.</summary>
public sealed record SpecExample(string File, int Number, string Heading, string Input, IReadOnlyList<string> Expected)
{
    public override string ToString() => $"{File} #{Number}: {Heading}";
}

/// <summary>
/// Reads readable spec files in markdig's style: prose and headings, and examples fenced by a line of backticks
/// followed by <c>example</c>; inside, the input, a line holding a single <c>.</c>, then the expected lines.
/// </summary>
public static partial class SpecFile
{
    [GeneratedRegex(@"^`{3,} *example *$")]
    private static partial Regex Open();

    public static TheoryData<SpecExample> Load(string name)
    {
        var path = Path.Combine(Repository.Root, "tests", "Sightline.Tests", "Specs", name);
        var data = new TheoryData<SpecExample>();
        var lines = File.ReadAllLines(path);
        var heading = "";
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith('#')) { heading = lines[i].TrimStart('#', ' '); continue; }
            if (!Open().IsMatch(lines[i])) continue;
            var input = new List<string>();
            var expected = new List<string>();
            var target = input;
            for (i++; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++)
            {
                if (lines[i] == "." && target == input) { target = expected; continue; }
                target.Add(lines[i]);
            }
            data.Add(new SpecExample(name, data.Count + 1, heading, string.Join('\n', input), expected.Where(l => l.Length > 0).ToList()));
        }
        return data;
    }
}
