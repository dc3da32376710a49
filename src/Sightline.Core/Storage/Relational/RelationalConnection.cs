using System.Data.Common;
using Sightline.Knowledge.Storage;

namespace Sightline.Storage.Relational;

/// <summary>
/// The knowledge base's one connection as the stores written once for both databases use it (this folder: SQL that
/// SQLite and PostgreSQL read alike, ADR-045), and the transaction a unit of work begun on it holds. Each store's folder
/// makes one when it opens the knowledge base; what the two dialects say differently stays in that folder.
/// </summary>
internal sealed class RelationalConnection(DbConnection connection, SqlDialect dialect, IStatementRunner statements, Func<IKnowledgeUnitOfWork, DbTransaction> transactionOf)
{
    public DbConnection Connection => connection;

    /// <summary>Runs the statements a store issues for every report it stores, kept compiled where the database gains by it.</summary>
    public IStatementRunner Statements => statements;

    public SqlDialect Dialect => dialect;

    /// <summary>The transaction of <paramref name="work"/> (a unit of work of another connection is refused by the
    /// store's own resolver), or none outside one.</summary>
    public DbTransaction? In(IKnowledgeUnitOfWork? work) => work is null ? null : transactionOf(work);

    /// <summary>A <c>LIMIT</c> both databases read as "no limit" when <paramref name="limit"/> is not positive (SQLite's
    /// <c>-1</c> is an error on PostgreSQL, PostgreSQL's <c>NULL</c> one on SQLite).</summary>
    public static long Limit(int limit) => limit > 0 ? limit : long.MaxValue;
}
