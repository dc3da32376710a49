namespace Sightline.Analysis.Tagging;

/// <summary>One sentence of a CoNLL file: its words, part-of-speech tags (or null) and gold entity spans.</summary>
public sealed record ConllSentence(string[] Words, string[]? PartsOfSpeech, IReadOnlyList<EntitySpan> Entities);

/// <summary>One document of a CoNLL file (the sentences between two <c>-DOCSTART-</c> lines).</summary>
public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences);

/// <summary>
/// Reads the CoNLL-2003 format: a token a line with space-separated columns, the word first and the entity tag
/// (IOB1 or IOB2) last; a blank line between sentences; <c>-DOCSTART-</c> between documents. Files with two columns
/// (word, tag) are read as well, so hand-annotated data need not carry part-of-speech tags.
/// </summary>
public static class ConllCorpus
{
    public static List<ConllDocument> Read(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    public static List<ConllDocument> Read(TextReader reader, string source)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var pos = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;

        void EndSentence()
        {
            if (words.Count == 0) return;
            sentences.Add(new ConllSentence([.. words], pos.Count == words.Count ? [.. pos] : null, EntityLabels.SpansFromIob(tags)));
            words.Clear(); pos.Clear(); tags.Clear();
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0) documents.Add(new ConllDocument([.. sentences]));
            sentences.Clear();
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) { EndSentence(); continue; }
            if (line.StartsWith('#')) continue;
            var columns = line.Split(line.Contains('\t') ? '\t' : ' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns[0] == "-DOCSTART-") { EndDocument(); continue; }
            if (columns.Length < 2)
                throw new FormatException($"{source}:{lineNumber}: expected 'word ... TAG', found '{line}'");
            var tag = columns[^1];
            if (tag != "O" && !(tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' && EntityLabels.TypeIndex(tag[2..]) >= 0))
                throw new FormatException($"{source}:{lineNumber}: '{tag}' is not an entity tag (O, I-PER, B-ORG, ... with PER, ORG, LOC, MISC)");
            words.Add(columns[0]);
            if (columns.Length >= 3) pos.Add(columns[1]);
            tags.Add(tag);
        }
        EndDocument();
        return documents;
    }
}
