using KnowledgePay.Application.Common.Interfaces;
using Mediator;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Infrastructure.Data.Providers;

/// <summary>SQL Server; its migrations live in <c>Data/Migrations/SqlServer</c>.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options, ICurrentUser? currentUser = null, IPublisher? publisher = null)
    : AppDbContext(options, currentUser, publisher)
{
    internal static void Use(DbContextOptionsBuilder options, string connectionString) => options.UseSqlServer(connectionString);

    // Duplicate key in a unique index (2601) or a unique constraint (2627).
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        SqlTimeTranslations.MapForSqlServer(modelBuilder);
    }

    protected override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqlException { Number: 2601 or 2627 };

    // Chosen as the deadlock victim (1205).
    protected override bool IsWriteConflict(DbUpdateException exception) =>
        exception.InnerException is SqlException { Number: 1205 };
}
