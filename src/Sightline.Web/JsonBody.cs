using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace Sightline.Web;

/// <summary>A JSON response written with <see cref="Utf8JsonWriter"/> by the same writers the command line uses
/// (<c>entity --json</c> and the API give one shape). Characters that mean something in HTML are escaped.</summary>
public sealed class JsonBody(Action<Utf8JsonWriter> write, int status = StatusCodes.Status200OK) : IResult
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task ExecuteAsync(HttpContext http)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options)) write(json);
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
