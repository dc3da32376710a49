namespace Sightline.Lists.Model;

/// <summary>An identity document or registration number: passport, national ID, tax ID, IMO number, ...</summary>
/// <param name="Type">The authority's own label, e.g. <c>Passport</c>, <c>National ID No.</c>.</param>
/// <param name="Number">The number as published.</param>
/// <param name="Country">Issuing country where given.</param>
/// <param name="Note">Issue and expiry dates or other notes, as published.</param>
public sealed record Identifier(string Type, string Number, string? Country = null, string? Note = null);
