using KnowledgePay.Application.Common.Interfaces;
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

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Conventions.Add(_ => new DomainAssignedKeysConvention());
}
