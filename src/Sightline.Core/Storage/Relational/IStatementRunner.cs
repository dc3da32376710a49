using System.Data.Common;

namespace Sightline.Storage.Relational;

/// <summary>
/// Runs the SQL a store issues for every report it stores, with Dapper's shapes: parameters from an object's
/// properties, rows read by Dapper's row mapping. SQLite keeps such statements compiled for the connection's life
/// (<see cref="Sqlite.SqlitePreparedStatements"/>), which ingestion gains by; PostgreSQL sends them through Dapper
/// (<see cref="DapperStatements"/>). A list goes in as one value (<see cref="SqlDialect.List"/>), so the statement's text
/// stays the same for any length.
/// </summary>
internal interface IStatementRunner
{
    /// <summary>Runs <paramref name="sql"/>; answers the number of rows changed (Dapper's <c>Execute</c>).</summary>
    int Run(DbTransaction? transaction, string sql, object? param = null);

    /// <summary>Every row of the query <paramref name="sql"/> (Dapper's <c>Query</c>).</summary>
    List<T> Rows<T>(DbTransaction? transaction, string sql, object? param = null);

    /// <summary>The first row of the query <paramref name="sql"/>, or the default of <typeparamref name="T"/> (Dapper's
    /// <c>QueryFirstOrDefault</c>, and for a simple value its <c>ExecuteScalar</c>).</summary>
    T? Row<T>(DbTransaction? transaction, string sql, object? param = null);
}
