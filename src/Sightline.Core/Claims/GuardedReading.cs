using Sightline.Analysis;
using Sightline.Documents;

namespace Sightline.Claims;

/// <summary>What reading one document gave: the value, or the diagnostic that says which stage failed and why.</summary>
public sealed record ReadingOutcome<T>(T? Value, string? Failure) where T : class
{
    public bool Failed => Value is null;
}

/// <summary>
/// The analysis and claims stages for one document, run so that nothing escapes: an exception in either stage becomes
/// that document's diagnostic (the stage, the exception and where it was thrown) and the caller goes on with the next
/// document. The place named is the first Sightline method on the stack. Out-of-memory is not caught: the process cannot go on after it;
/// nor is a cancellation, which the caller asked for and answers (a document's time budget, a client that left).
/// </summary>
public static class GuardedReading
{
    public static ReadingOutcome<AnalyzedDocument> Analyze(DocumentAnalyzer analyzer, Document document, CancellationToken cancel = default)
    {
        try { return new(analyzer.Analyze(document, cancel), null); }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            return new(null, Diagnostic("analysis", e));
        }
    }

    public static ReadingOutcome<ExtractedDocument> Extract(DocumentAnalyzer analyzer, Document document, CancellationToken cancel = default)
    {
        var analyzed = Analyze(analyzer, document, cancel);
        if (analyzed.Value is null) return new(null, analyzed.Failure);
        try { return new(ClaimExtractor.Extract(analyzed.Value, cancel), null); }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            return new(null, Diagnostic("claim extraction", e));
        }
    }

    private static string Diagnostic(string stage, Exception e)
    {
        var method = new System.Diagnostics.StackTrace(e).GetFrames().Select(f => f.GetMethod())
            .FirstOrDefault(m => m?.DeclaringType is { } type && type.Namespace?.StartsWith("Sightline", StringComparison.Ordinal) == true
                && !type.Name.Contains('<') && !m.Name.Contains('<')) ?? e.TargetSite; // past the framework and compiler-made lambdas
        var site = method is null ? "" : $" in {method.DeclaringType?.Name}.{method.Name}";
        return $"{stage} failed: {e.GetType().Name}{site}: {e.Message}";
    }
}
