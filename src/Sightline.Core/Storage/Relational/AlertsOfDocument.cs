namespace Sightline.Storage.Relational;

/// <summary>Which alerts a report gave cause for, as a SQL condition both stores' alert listings and document listings
/// share (ADR-033, ADR-045).</summary>
internal static class AlertsOfDocument
{
    /// <summary>The SQL condition that an alert (of the table or alias <paramref name="alerts"/>) is one the document whose
    /// key is <paramref name="documentKey"/> gave cause for: the meeting rules' subject is an event one of its claims belongs
    /// to; a watched mention's subject is the entity's id and the document's key.</summary>
    public static string Condition(SqlDialect dialect, string alerts, string documentKey) =>
        $"""
        (({alerts}.rule IN ('sanctioned-meeting', 'watched-meeting') AND {alerts}.subject IN (
             SELECT ec.event_id FROM kb_event_claims ec JOIN kb_claims c ON c.id = ec.claim_id WHERE c.document_key = {documentKey}))
         OR ({alerts}.rule = 'watched-mention' AND substr({alerts}.subject, {dialect.Position("' '", $"{alerts}.subject")} + 1) = {documentKey}))
        """;
}
