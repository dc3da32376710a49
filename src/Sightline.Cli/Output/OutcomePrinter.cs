using Sightline.Lists;
using Sightline.Lists.Import;

namespace Sightline.Cli.Output;

/// <summary>Prints what an import or update came to, one list a line, with warnings and a diff summary.</summary>
internal static class OutcomePrinter
{
    public static void Write(TextWriter w, ImportOutcome outcome, CliSession session)
    {
        session.ImportProgress.Done();
        switch (outcome)
        {
            case ImportOutcome.Imported i:
                w.WriteLine($"imported  {i.Version.List} version {i.Version.Number}: {Counts(i.Version.Counts)}");
                w.WriteLine($"          {i.Version.Label}{session.StaleNote(i.Version)}");
                if (i.Diff is { } diff) w.WriteLine($"          changes since version {diff.From.Number}: {DiffPrinter.Summary(diff)}");
                foreach (var warning in i.Version.Warnings) w.WriteLine($"          warning: {warning}");
                break;
            case ImportOutcome.Unchanged u:
                w.WriteLine($"unchanged {u.Active.List}: same content as version {u.Active.Number} ({u.Active.Label}); nothing imported");
                break;
            case ImportOutcome.Failed f:
                w.WriteLine($"FAILED    {f.Source.List}: {Terminal.Line(f.Error)}");
                w.WriteLine(f.StillActive is { } active
                    ? $"          version {active.Number} stays active ({active.Label})"
                    : "          nothing was imported");
                break;
        }
    }

    public static string Counts(EntryCounts c) =>
        $"{c.Total:N0} entries ({c.Persons:N0} persons, {c.Organizations:N0} organizations, {c.Vessels:N0} vessels, {c.Aircraft:N0} aircraft)";
}
