using System.Data.Common;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.GraphQL.FunctionalTests.Fixtures;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.GraphQL.FunctionalTests.Privacy;

/// <summary>
/// Looks through every column of every table of the EF model (the store model, so owned and complex columns too) for
/// values containing any of the needles, case-insensitively. Numbers, flags and times cannot hold an identifier and are
/// skipped. Answers "table.column" for each column that holds one.
/// </summary>
internal static class PersonalDataScan
{
    private static readonly HashSet<Type> Skipped =
        [typeof(int), typeof(long), typeof(short), typeof(double), typeof(decimal), typeof(bool), typeof(DateTimeOffset), typeof(DateTime)];

    public static async Task<IReadOnlyList<string>> FindAsync(
        KnowledgePayApp app, IReadOnlyCollection<string> needles, IReadOnlySet<string>? exceptTables = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService<IApplicationDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var found = new List<string>();
        foreach (var table in db.Model.GetRelationalModel().Tables.Where(t => exceptTables?.Contains(t.Name) != true))
        {
            foreach (var column in table.Columns.Where(c => !Skipped.Contains(Nullable.GetUnderlyingType(c.ProviderClrType) ?? c.ProviderClrType)))
            {
                if (await HoldsAnyAsync(connection, table.Name, column.Name, needles))
                {
                    found.Add($"{table.Name}.{column.Name}");
                }
            }
        }

        return found;
    }

    private static async Task<bool> HoldsAnyAsync(DbConnection connection, string table, string column, IReadOnlyCollection<string> needles)
    {
        await using var command = connection.CreateCommand();
        var conditions = needles.Select((needle, i) =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            parameter.Value = $"%{needle.ToLowerInvariant()}%";
            command.Parameters.Add(parameter);
            return $"LOWER(CAST(\"{column}\" AS TEXT)) LIKE @p{i}";
        });
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE {string.Join(" OR ", conditions)}";
        return Convert.ToInt64(await command.ExecuteScalarAsync()) > 0;
    }
}
