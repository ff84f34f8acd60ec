using KnowledgePay.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KnowledgePay.Infrastructure.Data.Providers;

/// <summary>PostgreSQL through Npgsql; its migrations live in <c>Data/Migrations/PostgreSql</c>.</summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options, ICurrentUser? currentUser = null, IPublisher? publisher = null)
    : AppDbContext(options, currentUser, publisher)
{
    internal static void Use(DbContextOptionsBuilder options, string connectionString) => options.UseNpgsql(connectionString);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SqlTimeTranslations.MapForPostgreSql(modelBuilder, this.GetService<IRelationalTypeMappingSource>());
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // Npgsql writes timestamptz only from UTC values; filter operands may arrive with any offset.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    protected override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    protected override bool IsWriteConflict(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };
}
