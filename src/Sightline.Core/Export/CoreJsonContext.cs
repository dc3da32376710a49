using System.Text.Json.Serialization;
using Sightline.Analysis.Contracts;
using Sightline.Claims.Contracts;
using Sightline.Export.Contracts;
using Sightline.Names.Contracts;
using Sightline.Screening.Contracts;

namespace Sightline.Export;

/// <summary>
/// The JSON contracts of the library (profiles, meetings, the contact graph, screening answers, name comparisons, read reports and their claims), serialised by source generation with
/// snake_case property names and nulls written out. The encoder and indentation are the writer's: the command line
/// writes readable UTF-8, the server escapes what means something in HTML. ADR-030.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(ProfileJson))]
[JsonSerializable(typeof(MeetingJson))]
[JsonSerializable(typeof(GraphJson))]
[JsonSerializable(typeof(IReadOnlyList<GraphEdgeJson>))]
[JsonSerializable(typeof(NameComparisonJson))]
[JsonSerializable(typeof(UnreadPairJson))]
[JsonSerializable(typeof(ScreeningAnswerJson))]
[JsonSerializable(typeof(AnalysisJson))]
[JsonSerializable(typeof(ExtractJson))]
[JsonSerializable(typeof(CaseJson))]
[JsonSerializable(typeof(NoteJson))]
[JsonSerializable(typeof(CaseSummaryJson))]
public sealed partial class CoreJsonContext : JsonSerializerContext;
