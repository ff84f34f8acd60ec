using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Infrastructure.Storage;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KnowledgePay.Infrastructure.Data.Providers;

/// <summary>The embedded default; its migrations live in <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, ICurrentUser? currentUser = null, IPublisher? publisher = null)
    : AppDbContext(options, currentUser, publisher)
{
    internal static void Use(DbContextOptionsBuilder options, string connectionString) => options.UseSqlite(connectionString);

    /// <summary>
    /// Creates the database file with mode 0600 before SQLite would create it with the process's default mode (SQLite
    /// gives its journal and WAL files the database file's mode). EF switches a database it creates to write-ahead
    /// logging, which lets readers and a writer work at once; it takes an existing empty file for created, so a new file
    /// is switched here.
    /// </summary>
    internal static void CreatePrivateFile(string connectionString)
    {
        var settings = new SqliteConnectionStringBuilder(connectionString);
        if (settings.Mode == SqliteOpenMode.ReadWriteCreate && settings.DataSource is { Length: > 0 } file && file != ":memory:")
        {
            var path = Path.GetFullPath(file);
            PrivateFile.EnsureExists(path);
            if (new FileInfo(path).Length == 0)
            {
                UseWriteAheadLog(connectionString);
            }
        }
    }

    private static void UseWriteAheadLog(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = 'wal';";
        command.ExecuteNonQuery();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SqlTimeTranslations.MapForSqlite(modelBuilder, this.GetService<IRelationalTypeMappingSource>());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no date-time type and EF refuses to compare or order DateTimeOffset text there;
        // a sortable integer (UTC instant plus offset) keeps "newest first" and date filters in SQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    // SQLITE_CONSTRAINT_UNIQUE and SQLITE_CONSTRAINT_PRIMARYKEY.
    protected override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 };
}
