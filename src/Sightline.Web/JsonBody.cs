using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Sightline.Web.Contracts;

namespace Sightline.Web;

/// <summary>A 200 JSON response of a contract type (<c>Sightline.Web.Contracts</c>, or the library's contracts that
/// <c>entity --json</c> and the other commands also write), serialised with <see cref="WebJsonContext.BodyOptions"/>: characters
/// that mean something in HTML are escaped. As a handler's return type (alone or in <c>Results&lt;…&gt;</c>) it
/// declares the response's status and schema in the OpenAPI document.</summary>
public sealed class JsonBody<T>(T value) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IEndpointMetadataProvider
{
    public T Value => value;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status200OK;

    object? IValueHttpResult.Value => value;

    public Task ExecuteAsync(HttpContext http) => JsonBody.WriteAsync(http, StatusCodes.Status200OK, value);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}

/// <summary>A 201 JSON response of a contract type: what was made, as <see cref="JsonBody{T}"/> writes it.</summary>
public sealed class JsonCreated<T>(T value) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IEndpointMetadataProvider
{
    public T Value => value;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status201Created;

    object? IValueHttpResult.Value => value;

    public Task ExecuteAsync(HttpContext http) => JsonBody.WriteAsync(http, StatusCodes.Status201Created, value);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status201Created, typeof(T), ["application/json"]));
}

/// <summary>A 202 JSON response of a contract type with a Location to poll: work accepted for later, as
/// <see cref="JsonBody{T}"/> writes it.</summary>
public sealed class JsonAccepted<T>(T value, string location) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IEndpointMetadataProvider
{
    public T Value => value;

    public string Location => location;

    int? IStatusCodeHttpResult.StatusCode => StatusCodes.Status202Accepted;

    object? IValueHttpResult.Value => value;

    public Task ExecuteAsync(HttpContext http)
    {
        http.Response.Headers.Location = location;
        return JsonBody.WriteAsync(http, StatusCodes.Status202Accepted, value);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status202Accepted, typeof(T), ["application/json"]));
}

/// <summary>Shorthands for <see cref="JsonBody{T}"/> and <see cref="JsonCreated{T}"/>, and the writing they share.</summary>
public static class JsonBody
{
    public static JsonBody<T> Ok<T>(T value) => new(value);

    public static JsonCreated<T> Created<T>(T value) => new(value);

    public static JsonAccepted<T> Accepted<T>(T value, string location) => new(value, location);

    internal static async Task WriteAsync<T>(HttpContext http, int status, T value)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        JsonSerializer.Serialize(buffer, value, WebJsonContext.Info<T>());
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, http.RequestAborted);
    }
}
