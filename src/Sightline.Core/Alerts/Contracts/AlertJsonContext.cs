using System.Text.Json.Serialization;

namespace Sightline.Alerts.Contracts;

/// <summary>
/// The alert payloads, serialised by source generation with snake_case names, nulls written out and the serializer's
/// default encoder (non-ASCII and HTML-significant characters escaped), as they have always been stored (ADR-030).
/// The library's other contracts are in <c>Export.CoreJsonContext</c>, which Alerts may not use: Alerts and Export sit
/// side by side at the end of the flow (ADR-024), so the payloads have their own context.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(MeetingAlertJson))]
[JsonSerializable(typeof(WatchedMentionAlertJson))]
[JsonSerializable(typeof(ListChangeAlertJson))]
internal sealed partial class AlertJsonContext : JsonSerializerContext;
