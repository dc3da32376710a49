using Sightline.Lists.Formats;

namespace Sightline.Lists.Import;

/// <summary>Checks a finished read must pass before its version is committed.</summary>
/// <param name="MinimumShareOfPrevious">Refuses a version with fewer than this share of the active version's
/// entries (a download cut short at a line end still parses).</param>
/// <param name="Verify">Format-specific checks; a non-null result is the error that fails the import.</param>
public sealed record ImportChecks(double? MinimumShareOfPrevious = null, Func<IListReader, string?>? Verify = null);
