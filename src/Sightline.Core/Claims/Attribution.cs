namespace Sightline.Claims;

/// <summary>
/// Who asserts a claim: the report itself (<see cref="Report"/>), or the source the report cites for it
/// ("Al-Khazali's media office", "Al-Akhbar", "Guterres' spokesman Farhan Haq"), with the reporting verb used.
/// </summary>
public sealed record Attribution(string Source, string? Verb)
{
    /// <summary>The report states the claim in its own voice.</summary>
    public static readonly Attribution Report = new("report", null);

    public bool IsReport => ReferenceEquals(this, Report) || Source == "report";
}
