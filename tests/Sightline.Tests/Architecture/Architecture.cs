using System.Reflection;
using NetArchTest.Rules;

namespace Sightline.Tests.Architecture;

/// <summary>The assemblies the architecture tests read, and how a failing type is named in their messages.</summary>
internal static class Architecture
{
    public static Assembly Core { get; } = typeof(global::Sightline.Lists.Model.ListEntry).Assembly;
    public static Assembly Evaluation { get; } = typeof(global::Sightline.Screening.Evaluation.ScreeningEvaluation).Assembly;
    public static Assembly Web { get; } = typeof(global::Sightline.Web.SightlineServer).Assembly;

    /// <summary>The top-level type a failing type belongs to: a closure or a nested type counts as its outer type.</summary>
    public static IEnumerable<string> OuterTypes(NetArchTest.Rules.TestResult result) =>
        (result.FailingTypeNames ?? []).Select(name => name.Split('/', '+')[0]).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
}
