using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using Sightline.Export.Contracts;
using Sightline.Names.Contracts;
using Sightline.Review;
using Sightline.Screening.Contracts;
using Sightline.Web.Match;
using Sightline.Web.Review;
using Sightline.Web.Screening;

namespace Sightline.Web.Contracts;

/// <summary>
/// Every JSON body the API reads and writes, serialised by source generation. <see cref="BodyOptions"/> is how
/// <see cref="JsonBody{T}"/> writes: snake_case names, nulls written out, and characters that mean something in HTML
/// escaped (report text reaches the pages through these bodies). The yente-shaped <c>/match</c> and the review
/// endpoints answer through ASP.NET Core's JSON options, which resolve their types here too. ADR-030.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IReadOnlyList<ListStatusJson>))]
[JsonSerializable(typeof(ListDiffJson))]
[JsonSerializable(typeof(ListImportJson))]
[JsonSerializable(typeof(IReadOnlyList<AlertJson>))]
[JsonSerializable(typeof(AlertJson))]
[JsonSerializable(typeof(SearchJson))]
[JsonSerializable(typeof(ProfileJson))]
[JsonSerializable(typeof(ListEntryProfileJson))]
[JsonSerializable(typeof(TimelineJson))]
[JsonSerializable(typeof(GraphJson))]
[JsonSerializable(typeof(PathJson))]
[JsonSerializable(typeof(IReadOnlyList<MeetingJson>))]
[JsonSerializable(typeof(MeetingJson))]
[JsonSerializable(typeof(IReadOnlyList<DocumentRowJson>))]
[JsonSerializable(typeof(DocumentJson))]
[JsonSerializable(typeof(UploadJson))]
[JsonSerializable(typeof(QueuedUploadJson))]
[JsonSerializable(typeof(JobJson))]
[JsonSerializable(typeof(JobBoardJson))]
[JsonSerializable(typeof(NameComparisonJson))]
[JsonSerializable(typeof(ScreeningAnswerJson))]
[JsonSerializable(typeof(MatchRequest))]
[JsonSerializable(typeof(MatchResponse))]
[JsonSerializable(typeof(CatalogResponse))]
[JsonSerializable(typeof(AlgorithmsResponse))]
[JsonSerializable(typeof(StatusJson))]
[JsonSerializable(typeof(CompareRequest))]
[JsonSerializable(typeof(ReviewRequest))]
[JsonSerializable(typeof(ReviewResult))]
[JsonSerializable(typeof(List<QueuedLinkView>))]
[JsonSerializable(typeof(List<Decision>))]
[JsonSerializable(typeof(NoteRequest))]
[JsonSerializable(typeof(NoteEditRequest))]
[JsonSerializable(typeof(CaseRequest))]
[JsonSerializable(typeof(CaseMemberRequest))]
[JsonSerializable(typeof(NoteJson))]
[JsonSerializable(typeof(IReadOnlyList<NoteJson>))]
[JsonSerializable(typeof(IReadOnlyList<NoteRevisionJson>))]
[JsonSerializable(typeof(CaseSummaryJson))]
[JsonSerializable(typeof(IReadOnlyList<CaseSummaryJson>))]
[JsonSerializable(typeof(CaseJson))]
public sealed partial class WebJsonContext : JsonSerializerContext
{
    /// <summary>The options every <see cref="JsonBody{T}"/> is written with.</summary>
    public static JsonSerializerOptions BodyOptions => Body.Options;

    /// <summary>The metadata of <typeparamref name="T"/>; it throws for a type not declared above.</summary>
    public static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)BodyOptions.GetTypeInfo(typeof(T));

    /// <summary>Made on first use, once the generated <see cref="Default"/> context exists.</summary>
    private static class Body
    {
        public static readonly JsonSerializerOptions Options = new()
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = Default,
        };
    }
}
