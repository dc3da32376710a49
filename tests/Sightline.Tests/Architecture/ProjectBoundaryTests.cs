using NetArchTest.Rules;
using Sightline.Tests.Support;

namespace Sightline.Tests.Architecture;

/// <summary>
/// What each project may hold (ADR-024): <c>Sightline.Core</c> is the product and holds no training, evaluation or data
/// generator; the server does not reference the evaluation project; SQLite is spoken only in <c>Storage/Sqlite</c>, PostgreSQL only in <c>Storage/Postgres</c>, Hangfire only in <c>Jobs/Hangfire</c>.
/// </summary>
public sealed class ProjectBoundaryTests
{
    [Fact]
    public void The_library_holds_no_evaluation_training_or_generator_code()
    {
        var core = Types.InAssembly(Architecture.Core);
        var misplaced = Architecture.OuterTypes(core.ShouldNot().ResideInNamespaceEndingWith(".Evaluation").GetResult())
            .Concat(new[] { "Trainer", "CrossValidation", "Evaluation", "Generator" }
                .SelectMany(suffix => Architecture.OuterTypes(core.ShouldNot().HaveNameEndingWith(suffix).GetResult())))
            .ToList();
        Assert.True(misplaced.Count == 0, "Evaluation, training or generator code in Sightline.Core (it belongs in Sightline.Evaluation): " + string.Join(", ", misplaced));
        Assert.DoesNotContain(Architecture.Core.GetReferencedAssemblies(), a => a.Name == Architecture.Evaluation.GetName().Name);
    }

    [Fact]
    public void The_server_does_not_reference_the_evaluation_project() =>
        Assert.DoesNotContain(Architecture.Web.GetReferencedAssemblies(), a => a.Name == Architecture.Evaluation.GetName().Name);

    [Fact]
    public void Only_Storage_Sqlite_uses_Microsoft_Data_Sqlite()
    {
        var users = new[] { Types.InAssemblies([Architecture.Core, Architecture.Evaluation, Architecture.Web]), Types.FromFile(Repository.CliAssembly) }
            .SelectMany(types => Architecture.OuterTypes(types.That().DoNotResideInNamespace("Sightline.Storage.Sqlite")
                .ShouldNot().HaveDependencyOn("Microsoft.Data.Sqlite").GetResult()))
            .ToList();
        Assert.True(users.Count == 0, "Microsoft.Data.Sqlite used outside Storage/Sqlite (see ADR-026):\n  " + string.Join("\n  ", users));
    }

    [Fact]
    public void Only_Storage_Postgres_uses_Npgsql()
    {
        var users = new[] { Types.InAssemblies([Architecture.Core, Architecture.Evaluation, Architecture.Web]), Types.FromFile(Repository.CliAssembly) }
            .SelectMany(types => Architecture.OuterTypes(types.That().DoNotResideInNamespace("Sightline.Storage.Postgres")
                .ShouldNot().HaveDependencyOn("Npgsql").GetResult()))
            .ToList();
        Assert.True(users.Count == 0, "Npgsql used outside Storage/Postgres (see ADR-039):\n  " + string.Join("\n  ", users));
    }

    [Fact]
    public void Only_Jobs_Hangfire_uses_Hangfire()
    {
        var users = new[] { Types.InAssemblies([Architecture.Core, Architecture.Evaluation, Architecture.Web]), Types.FromFile(Repository.CliAssembly) }
            .SelectMany(types => Architecture.OuterTypes(types.That().DoNotResideInNamespace("Sightline.Jobs.Hangfire")
                .ShouldNot().HaveDependencyOn("Hangfire").GetResult()))
            .ToList();
        Assert.True(users.Count == 0, "Hangfire used outside Jobs/Hangfire (see ADR-043):\n  " + string.Join("\n  ", users));
    }
}
