using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Auditing;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Infrastructure.Data.Conventions;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Infrastructure.Data;

/// <summary>
/// The model shared by every database provider. Each provider derives its own context
/// (<see cref="Providers.SqliteAppDbContext"/> …) so that its migrations form a separate set.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : DbContext(options), IApplicationDbContext
{
    public DbSet<Creator> Creators => Set<Creator>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    /// <summary>Another request changed a row this one read (its concurrency token moved): the caller may reload and retry.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("Someone else changed this at the same time; load it again and retry.");
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Conventions.Add(_ => new DomainAssignedKeysConvention());
}
