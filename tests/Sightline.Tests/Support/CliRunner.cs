using System.Diagnostics;

namespace Sightline.Tests.Support;

/// <summary>Runs the built <c>sightline</c> program as a separate process, as a user would.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Task<Result> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args) => RunWithInputAsync(null, environment, args);

    /// <summary>Runs the program with <paramref name="input"/> on its standard input (closed after writing).</summary>
    public static async Task<Result> RunWithInputAsync(string? input, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = ProgramStart.For(args, redirectInput: input is not null);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }

    public static Task<Result> RunAsync(params string[] args) => RunAsync(null, args);
}
