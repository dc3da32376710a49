namespace Sightline.Tests.Support;

/// <summary>
/// A test's knowledge base, made on first use: from the lists template (<see cref="Current"/>), or from the samples
/// template for a test that starts from the sample reports ingested (<see cref="StartFromSamples"/>), which then does not
/// ingest them again (ADR-025). For a class whose tests start some from an empty base and some from the samples.
/// </summary>
public sealed class KnowledgeOnDemand(TestStore store) : IDisposable
{
    private KnowledgeFixture? _made;

    /// <summary>The knowledge base: the one the test started from, else a new one with the bundled lists only.</summary>
    public KnowledgeFixture Current => _made ??= new KnowledgeFixture(store: store);

    /// <summary>Starts the test from the bundled lists and the sample reports ingested, with the alerts that raised.</summary>
    public void StartFromSamples()
    {
        if (_made is not null) throw new InvalidOperationException("the test's knowledge base is made already: start from the samples first");
        _made = new KnowledgeFixture(withSamples: true, store: store);
    }

    public void Dispose() => _made?.Dispose();
}
