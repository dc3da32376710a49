using System.Diagnostics;

namespace Sightline.Tests.Support;

/// <summary>
/// How the tests start the built <c>sightline</c> program: <c>dotnet sightline.dll ARGS…</c>, its output streams
/// redirected for the caller to read, without the tester's <c>SIGHTLINE_DB</c>, and with the runtime settings the test
/// process itself runs with (ADR-025): no tiered profile-guided optimisation and no background garbage collection. In a
/// run of seconds they cost more than they give: <c>sightline ingest</c> of the samples takes about a quarter less CPU
/// without them.
/// </summary>
internal static class ProgramStart
{
    public static ProcessStartInfo For(IEnumerable<string> args, bool redirectInput = false)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = redirectInput };
        start.ArgumentList.Add(Repository.CliAssembly);
        foreach (var argument in args) start.ArgumentList.Add(argument);
        start.Environment.Remove("SIGHTLINE_DB");
        start.Environment["DOTNET_TieredPGO"] = "0";
        start.Environment["DOTNET_gcConcurrent"] = "0";
        return start;
    }
}
