using Spectre.Console;
using Spectre.Console.Rendering;

namespace Sightline.Cli.Output;

/// <summary>A Spectre.Console progress display that runs beside the caller's own loop: it is started on a worker task
/// and ended by <see cref="Stop"/>, so a command keeps its plain <c>foreach</c> and reports as it goes.</summary>
internal sealed class LiveProgress
{
    private readonly IAnsiConsole _console;
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _display;
    private readonly ProgressTask _task;

    public LiveProgress(IAnsiConsole console, string label, long? total)
    {
        _console = console;
        var started = new TaskCompletionSource<ProgressTask>(TaskCreationOptions.RunContinuationsAsynchronously);
        _display = Task.Run(() => console.Progress()
            .AutoClear(false)
            .Columns(total is null
                ? [new SpinnerColumn(), new TaskDescriptionColumn(), new CountColumn(withTotal: false)]
                : [new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new CountColumn(withTotal: true), new RemainingTimeColumn()])
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(label), maxValue: total ?? double.MaxValue);
                task.IsIndeterminate = total is null;
                started.SetResult(task);
                await _stopped.Task;
                task.StopTask();
            }));
        _task = started.Task.GetAwaiter().GetResult();
    }

    public void Report(long done) => _task.Value = done;

    /// <summary>A line above the bar, written as it is (no markup).</summary>
    public void WriteLine(string message) => _console.WriteLine(message);

    public void Stop()
    {
        _stopped.TrySetResult();
        _display.GetAwaiter().GetResult();
    }

    /// <summary><c>1,234/8,976 · 512/s</c>, or <c>1,234 · 512/s</c> without a total.</summary>
    private sealed class CountColumn(bool withTotal) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var count = withTotal ? $"{task.Value:N0}/{task.MaxValue:N0}" : $"{task.Value:N0}";
            return new Text(task.Speed is { } speed ? $"{count} · {speed:N0}/s" : count);
        }
    }
}
