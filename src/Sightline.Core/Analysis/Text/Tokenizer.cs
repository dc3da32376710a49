namespace Sightline.Analysis.Text;

/// <summary>
/// Splits text into word and punctuation tokens in the manner of CoNLL-2003, tuned for reports on militias and
/// sanctions: <c>U.S.</c>, <c>E.O.</c> and <c>Gen.</c> keep their stop; <c>Al-Khaz'ali</c>, <c>IRGC-QF</c> and
/// <c>'Asaeb</c> (a leading ayn) stay whole; footnote markers <c>[12]</c>, curly quotes and the possessive
/// <c>'s</c> become tokens of their own, as do the slashes of <c>/TASS/</c> and <c>Leader/WANA</c>.
/// </summary>
public static class Tokenizer
{
    private const string Opening = "([{\"“„«";
    private const string Closing = ")]}\"”»,;:!?…";

    public static List<TextToken> Tokenize(string text)
    {
        var tokens = new List<TextToken>(text.Length / 5 + 4);
        var quote = new QuoteState();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsSpace(text[i])) i++;
            var start = i;
            while (i < text.Length && !IsSpace(text[i])) i++;
            if (i > start) AddChunk(text, start, i, tokens, quote);
        }
        return tokens;
    }

    internal static bool IsApostrophe(char c) => c is '\'' or '‘' or '’' or 'ʼ' or 'ʿ' or 'ʾ' or '`' or '´';

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF';

    private static bool IsDash(char c) => c is '—' or '–' or '―';

    /// <summary>Whether a curly quote opened before a name ("‘Nojaba Movement’") waits for its closing mark.</summary>
    private sealed class QuoteState
    {
        public bool Open;
    }

    private static void AddChunk(string text, int start, int end, List<TextToken> tokens, QuoteState quote)
    {
        // A dash between words ("word—word", "a--b") separates them.
        for (var k = start + 1; k < end - 1; k++)
        {
            var dashLength = IsDash(text[k]) ? 1 : text[k] == '-' && text[k + 1] == '-' ? 2 : 0;
            if (dashLength == 0) continue;
            var dashEnd = k + dashLength;
            while (dashEnd < end && (text[dashEnd] == '-' || IsDash(text[dashEnd]))) dashEnd++;
            AddChunk(text, start, k, tokens, quote);
            tokens.Add(Make(text, k, dashEnd));
            if (dashEnd < end) AddChunk(text, dashEnd, end, tokens, quote);
            return;
        }

        // A slash between a word and a capitalised word ("Leader/WANA"), and an agency in slashes ("/TASS/."), separate them;
        // "and/or", "24/7" and addresses stay whole.
        for (var k = start + 1; k < end - 1; k++)
        {
            if (text[k] != '/' || !(char.IsLetter(text[k - 1]) || text[k - 1] == ')') || !char.IsUpper(text[k + 1]) || text.AsSpan(start, end - start).Contains("://", StringComparison.Ordinal)) continue;
            AddChunk(text, start, k, tokens, quote);
            tokens.Add(Make(text, k, k + 1));
            AddChunk(text, k + 1, end, tokens, quote);
            return;
        }
        if (text[start] == '/' && end - start > 2 && char.IsUpper(text[start + 1]))
        {
            tokens.Add(Make(text, start, start + 1));
            start++;
            var close = text.IndexOf('/', start, end - start);
            if (close > start)
            {
                AddChunk(text, start, close, tokens, quote);
                tokens.Add(Make(text, close, close + 1));
                if (close + 1 < end) AddChunk(text, close + 1, end, tokens, quote);
                return;
            }
        }

        // Leading punctuation.
        var quoted = false;
        while (start < end)
        {
            var c = text[start];
            if (IsFootnote(text, start, end)) break;
            if (Opening.Contains(c) || IsDash(c) || (c == '-' && end - start > 1 && text[start + 1] == '-'))
            {
                var stop = start + 1;
                while (stop < end && c != '(' && c != '[' && text[stop] == c) stop++;
                tokens.Add(Make(text, start, stop));
                start = stop;
                continue;
            }
            if (c == '‘' && end - start > 1 && char.IsUpper(text[start + 1]) && ClosesLater(text, start + 1))
            {
                tokens.Add(Make(text, start, start + 1)); // "‘Nojaba Movement’": a quote mark, not an ayn
                quote.Open = true;
                start++;
                continue;
            }
            if (IsApostrophe(c) && (end - start == 1 || !char.IsLetter(text[start + 1]) || EndsWithQuote(text, start + 1, end)))
            {
                tokens.Add(Make(text, start, start + 1));
                quoted |= end - start > 1;
                start++;
                continue;
            }
            break;
        }
        if (start >= end) return;

        // Trailing punctuation, peeled from the end and added after the core in reading order.
        var trailing = new List<TextToken>();
        while (end > start)
        {
            var last = text[end - 1];
            if (last == ']' && FootnoteStart(text, start, end) is int footnote)
            {
                if (footnote == start) break; // a marker standing on its own ("violations, [1] and") is one token
                trailing.Add(Make(text, footnote, end));
                end = footnote;
                continue;
            }
            if (Closing.Contains(last) || IsDash(last))
            {
                var first = end - 1;
                while (first > start && text[first - 1] == last) first--;
                if (first == start && end - start == 1) break;
                if (first == start) first = start + 1;
                trailing.Add(Make(text, first, end));
                end = first;
                continue;
            }
            if (end - start > 2 && (last is 's' or 'S') && IsApostrophe(text[end - 2]) && char.IsLetter(text[end - 3]))
            {
                trailing.Add(Make(text, end - 2, end));
                end -= 2;
                continue;
            }
            if (IsApostrophe(last) && end - start > 1)
            {
                // Possessive "Guterres'" or a closing quote; a final hamza ("Shia'") stays.
                var before = text[end - 2];
                var opensWithQuote = quoted || IsApostrophe(text[start]) || last == '’' && quote.Open;
                if (last == '’') quote.Open = false;
                if (before is 's' or 'S' || opensWithQuote || !char.IsLetter(before))
                {
                    trailing.Add(Make(text, end - 1, end));
                    end--;
                    continue;
                }
                break;
            }
            if (last == '.' && end - start > 1)
            {
                var dots = end - 1;
                while (dots > start && text[dots - 1] == '.') dots--;
                if (end - dots >= 2) { trailing.Add(Make(text, dots, end)); end = dots; continue; }
                if (Abbreviations.KeepsStop(text.AsSpan(start, end - 1 - start))) break;
                trailing.Add(Make(text, end - 1, end));
                end--;
                continue;
            }
            break;
        }
        if (end > start)
        {
            if (IsApostrophe(text[start]) && end - start > 1 && trailing.Count > 0 && IsApostrophe(text[trailing[^1].Start]))
            {
                tokens.Add(Make(text, start, start + 1));
                start++;
            }
            tokens.Add(Make(text, start, end));
        }
        for (var k = trailing.Count - 1; k >= 0; k--) tokens.Add(trailing[k]);
    }

    /// <summary>A left quote mark before a capital opens a quotation when a right quote mark ends a word after it on the same
    /// line, before any other left quote mark ("‘Asa’ib" closes nothing: a letter follows its mark).</summary>
    private static bool ClosesLater(string text, int from)
    {
        for (var k = from; k < text.Length && k - from < 80; k++)
        {
            if (text[k] is '‘' or '\n') return false;
            if (text[k] == '’' && char.IsLetter(text[k - 1]) && (k + 1 == text.Length || !char.IsLetter(text[k + 1]))) return true;
        }
        return false;
    }

    private static bool EndsWithQuote(string text, int start, int end)
    {
        // 'Dee' is a quoted word; 'Asaeb is a name starting with an ayn.
        var stop = end;
        while (stop > start && (Closing.Contains(text[stop - 1]) || text[stop - 1] == '.')) stop--;
        return stop > start + 1 && IsApostrophe(text[stop - 1]) && !(text[stop - 2] is 's' or 'S');
    }

    private static bool IsFootnote(string text, int start, int end) => FootnoteStart(text, start, end) == start;

    /// <summary>Where a footnote marker "[digits]" ending at <paramref name="end"/> starts, or null.</summary>
    private static int? FootnoteStart(string text, int start, int end)
    {
        if (end - start < 3 || text[end - 1] != ']') return null;
        var k = end - 2;
        while (k > start && char.IsAsciiDigit(text[k])) k--;
        return text[k] == '[' && k < end - 2 ? k : null;
    }

    private static TextToken Make(string text, int start, int end) => new(text[start..end], start, end);
}
