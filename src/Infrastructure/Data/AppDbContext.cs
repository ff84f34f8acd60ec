using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Auditing;
using KnowledgePay.Domain.Behaviour;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Privacy;
using KnowledgePay.Infrastructure.Data.Conventions;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Infrastructure.Data;

/// <summary>
/// The model shared by every database provider. Each provider derives its own context
/// (<see cref="Providers.SqliteAppDbContext"/> …) so that its migrations form a separate set.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, ICurrentUser? currentUser) : DbContext(options), IApplicationDbContext
{
    /// <summary>Who the changes saved through this context are made for; null for system work (seeding, tools).</summary>
    internal Guid? ActingUserId => currentUser?.Id;

    public DbSet<Creator> Creators => Set<Creator>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<User> Users => Set<User>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<PrivacyRequest> PrivacyRequests => Set<PrivacyRequest>();

    public DbSet<Enrollment> Enrollments => Set<Enrollment>();

    public DbSet<BehaviourEvent> BehaviourEvents => Set<BehaviourEvent>();

    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<PaymentLedgerEntry> PaymentLedger => Set<PaymentLedgerEntry>();

    /// <summary>
    /// A unique index or concurrency check that rejects the changes becomes <see cref="ConflictException"/>. The
    /// rejected changes are dropped from the change tracker, so the caller can read the winner's data and go on.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || IsUniqueViolation(exception))
        {
            ChangeTracker.Clear();
            throw new ConflictException("The data changed at the same time elsewhere; read it again and retry.", exception);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

    /// <summary>Whether the provider's error says a unique index (or primary key) rejected a row.</summary>
    protected abstract bool IsUniqueViolation(DbUpdateException exception);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Conventions.Add(_ => new DomainAssignedKeysConvention());
}
