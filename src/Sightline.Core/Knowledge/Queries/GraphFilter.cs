namespace Sightline.Knowledge.Queries;

/// <summary>
/// Which meetings and parties a contact graph follows. With a date bound, a meeting counts when the days its date covers
/// meet [<see cref="From"/>, <see cref="To"/>] (a meeting in 2023-03 is in "2023" and in "from 2023-03-15"); an undated
/// meeting then counts in no period. With <see cref="SanctionedOnly"/>, only parties linked to a list entry are reached
/// (the graph's centre is always shown).
/// </summary>
public sealed record GraphFilter(DateOnly? From = null, DateOnly? To = null, bool SanctionedOnly = false)
{
    /// <summary>Every meeting and every party.</summary>
    public static readonly GraphFilter None = new();

    public bool HasPeriod => From is not null || To is not null;

    /// <summary>Whether the meeting's date meets the period (always, without one).</summary>
    public bool InPeriod(GraphEdge edge) =>
        !HasPeriod || edge.Date is { } date && (From is not { } from || date.End >= from) && (To is not { } to || date.Start <= to);
}
