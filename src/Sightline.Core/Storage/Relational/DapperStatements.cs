using System.Data.Common;
using Dapper;

namespace Sightline.Storage.Relational;

/// <summary><see cref="IStatementRunner"/> straight through Dapper, a new command each call: for PostgreSQL, whose
/// per-report statements that gain from preparing are prepared in its own folder.</summary>
internal sealed class DapperStatements(DbConnection connection) : IStatementRunner
{
    public int Run(DbTransaction? transaction, string sql, object? param = null) => connection.Execute(sql, param, transaction);

    public List<T> Rows<T>(DbTransaction? transaction, string sql, object? param = null) => connection.Query<T>(sql, param, transaction).AsList();

    public T? Row<T>(DbTransaction? transaction, string sql, object? param = null) => connection.QueryFirstOrDefault<T>(sql, param, transaction);
}
