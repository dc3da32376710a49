namespace Sightline.Tests.Support;

/// <summary>A writer's turn (a lock, an open list import) held on a thread of its own until disposed, as another
/// writer would hold it while a test's writer tries to write.</summary>
public sealed class HeldWriter : IDisposable
{
    private readonly ManualResetEventSlim _release = new();
    private readonly Thread _thread;

    /// <param name="take">Takes the turn; what it returns is disposed to give the turn back.</param>
    public HeldWriter(Func<IDisposable> take)
    {
        using var held = new ManualResetEventSlim();
        Exception? failed = null;
        _thread = new Thread(() =>
        {
            IDisposable turn;
            try { turn = take(); }
            catch (Exception e)
            {
                failed = e;
                held.Set();
                return;
            }
            using (turn)
            {
                held.Set();
                _release.Wait();
            }
        }) { IsBackground = true };
        _thread.Start();
        held.Wait();
        if (failed is not null) throw new InvalidOperationException("the writer's turn could not be taken", failed);
    }

    public void Dispose()
    {
        _release.Set();
        _thread.Join();
        _release.Dispose();
    }
}
