namespace Sightline.Lists.Model;

/// <summary>
/// A date an entry states, such as a date of birth: one <see cref="PartialDate"/> or a range
/// (<c>DOB 1960 to 1962</c>, UN <c>BETWEEN</c>), possibly approximate (<c>circa</c>, UN <c>APPROXIMATELY</c>)
/// and possibly an alternative to another (<c>alt. DOB</c>).
/// </summary>
public sealed record DateFact(PartialDate From, PartialDate? To = null, bool Approximate = false, bool Alternative = false)
{
    public override string ToString()
    {
        var text = To is { } to ? $"{From} to {to}" : From.ToString();
        if (Approximate) text = "circa " + text;
        return Alternative ? "alt. " + text : text;
    }
}
