using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Infrastructure.Data.Providers;

/// <summary>SQL Server; its migrations live in <c>Data/Migrations/SqlServer</c>.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    internal static void Use(DbContextOptionsBuilder options, string connectionString) => options.UseSqlServer(connectionString);
}
