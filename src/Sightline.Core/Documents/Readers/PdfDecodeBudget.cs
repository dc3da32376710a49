using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Sightline.Documents.Readers;

/// <summary>
/// PdfPig's stream filters with a cap on what one document's streams may decode to. A flate stream is first inflated
/// into a small scratch buffer that only counts, and refused when it would pass <see cref="DocumentLimits.MaxPdfStreamBytes"/>
/// or the document's remaining <see cref="DocumentLimits.MaxPdfDecodedBytes"/>, so a 1.5 MB stream of zeros that inflates to
/// 1.5 GB is never held in memory; other filters (which expand by small factors) are counted after they decode. Once the
/// budget is spent every further decode is refused too, so a refusal PdfPig swallows still shows in <see cref="Exceeded"/>.
/// </summary>
internal sealed class PdfDecodeBudget(DocumentLimits limits) : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private long _decoded;

    /// <summary>Why the budget ran out, or null while it holds.</summary>
    public string? Exceeded { get; private set; }

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => _inner.GetFilters(dictionary).Select(Wrap).ToList();

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => _inner.GetNamedFilters(names).Select(Wrap).ToList();

    public IReadOnlyList<IFilter> GetAllFilters() => _inner.GetAllFilters().Select(Wrap).ToList();

    private IFilter Wrap(IFilter filter) => filter is Counted ? filter : new Counted(filter, this);

    /// <summary>Throws when a stream of <paramref name="bytes"/> does not fit in what is left of the budget.</summary>
    private void Check(long bytes)
    {
        if (Exceeded is null && bytes > limits.MaxPdfStreamBytes)
            Exceeded = $"a stream inflates to more than {limits.MaxPdfStreamBytes / 1024 / 1024:N0} MB (the limit a stream)";
        else if (Exceeded is null && _decoded + bytes > limits.MaxPdfDecodedBytes)
            Exceeded = $"its streams inflate to more than {limits.MaxPdfDecodedBytes / 1024 / 1024:N0} MB (the limit a document)";
        if (Exceeded is not null) throw new InvalidDataException($"refused: {Exceeded}; a report's text is a few megabytes at most");
    }

    /// <summary>Takes a decoded stream's <paramref name="bytes"/> from the budget, or throws when they do not fit.</summary>
    private void Charge(long bytes)
    {
        Check(bytes);
        _decoded += bytes;
    }

    /// <summary>How many bytes a zlib (flate) stream inflates to, counted up to just past what the budget allows.</summary>
    private long Inflated(ReadOnlyMemory<byte> input)
    {
        if (input.Length < 2) return 0;
        var allowed = Math.Min(limits.MaxPdfStreamBytes, limits.MaxPdfDecodedBytes - _decoded);
        using var compressed = new MemoryStream(input[2..].ToArray(), writable: false); // the two zlib header bytes DeflateStream does not read
        using var deflate = new DeflateStream(compressed, CompressionMode.Decompress);
        var scratch = new byte[64 * 1024];
        long total = 0;
        try
        {
            int read;
            while (total <= allowed && (read = deflate.Read(scratch, 0, scratch.Length)) > 0) total += read;
        }
        catch (InvalidDataException)
        {
            // Damaged data: PdfPig salvages what inflated before the damage, which is what was counted.
        }
        return total;
    }

    /// <summary>One filter whose output is charged to the budget.</summary>
    private sealed class Counted(IFilter inner, PdfDecodeBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            budget.Check(inner is FlateFilter ? budget.Inflated(input) : 0);
            var decoded = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Charge(decoded.Length);
            return decoded;
        }
    }
}
