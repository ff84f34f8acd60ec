using KnowledgePay.Domain.Auditing;
using KnowledgePay.Domain.Catalog;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>The unit of work that use cases read and change aggregates through (no repositories, see STYLE §5).</summary>
public interface IApplicationDbContext
{
    DbSet<Creator> Creators { get; }

    DbSet<Category> Categories { get; }

    DbSet<Tag> Tags { get; }

    DbSet<Course> Courses { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
