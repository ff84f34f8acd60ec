using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KnowledgePay.GraphQL.FunctionalTests.Fixtures;

/// <summary>When armed, makes every query fail with an internal error whose text must never reach a client.</summary>
public sealed class SqlCommandFault : DbCommandInterceptor
{
    public const string SecretDetail = "secret-detail-7f3a: connection to db-primary.internal refused";

    public bool Armed { get; set; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
        Armed ? throw new InvalidOperationException(SecretDetail) : ValueTask.FromResult(result);
}
