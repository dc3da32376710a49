using System.Text.Json.Serialization;

namespace Sightline.Cli.Contracts;

/// <summary>The JSON lines only the command line prints (alerts, the review queue, the audit trail), by source
/// generation with snake_case names and the serializer's default escaping, as they were printed before. The shapes the
/// library shares with the server are on <see cref="Sightline.Export.CoreJsonContext"/>. ADR-030.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(AlertLineJson))]
[JsonSerializable(typeof(QueuedLinkLineJson))]
[JsonSerializable(typeof(DecisionLineJson))]
[JsonSerializable(typeof(DocumentLineJson))]
[JsonSerializable(typeof(Sightline.Jobs.JobBoard))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
