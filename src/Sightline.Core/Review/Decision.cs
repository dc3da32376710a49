namespace Sightline.Review;

/// <summary>One analyst's decision as the audit trail keeps it: what was done to what, by whom, when and why.</summary>
public sealed record Decision(long Id, string Action, string Target, string Detail, string User, string Reason, DateTimeOffset DecidedAt);

/// <summary>A decision that cannot be made as asked (no such claim, entity or entry; merging an entity into itself).</summary>
public sealed class ReviewException(string message) : Exception(message);
