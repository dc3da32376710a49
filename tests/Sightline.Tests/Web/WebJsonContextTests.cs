using System.Reflection;
using Sightline.Web;
using Sightline.Web.Contracts;

namespace Sightline.Tests.Web;

/// <summary>Every body a handler returns as <see cref="JsonBody{T}"/> or <see cref="JsonCreated{T}"/> is declared on
/// <see cref="WebJsonContext"/>, so no answer meets a missing-metadata error at run time. ADR-030.</summary>
public sealed class WebJsonContextTests
{
    [Fact]
    public void Every_json_body_type_of_a_handler_is_declared_on_the_context()
    {
        var bodies = typeof(JsonBody).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(m => BodyTypes(m.ReturnType)).Distinct().ToList();

        Assert.True(bodies.Count >= 10, $"only {bodies.Count} body types found; have the handlers stopped returning JsonBody<T>?");
        var undeclared = bodies.Where(t => WebJsonContext.Default.GetTypeInfo(t) is null).Select(t => t.Name).ToList();
        Assert.True(undeclared.Count == 0, "Not declared on WebJsonContext: " + string.Join(", ", undeclared));
    }

    /// <summary>The T of every JsonBody&lt;T&gt; and JsonCreated&lt;T&gt; inside a return type (Task&lt;Results&lt;…&gt;&gt; included).</summary>
    private static IEnumerable<Type> BodyTypes(Type type)
    {
        if (!type.IsGenericType || type.ContainsGenericParameters) return [];
        var definition = type.GetGenericTypeDefinition();
        if (definition == typeof(JsonBody<>) || definition == typeof(JsonCreated<>)) return [type.GetGenericArguments()[0]];
        return type.GetGenericArguments().SelectMany(BodyTypes);
    }
}
