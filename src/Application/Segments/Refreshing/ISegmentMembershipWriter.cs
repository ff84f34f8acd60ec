namespace KnowledgePay.Application.Segments.Refreshing;

/// <summary>Writes a segment's materialised membership set-based, in the database (ADR 0031).</summary>
public interface ISegmentMembershipWriter
{
    /// <summary>
    /// In one transaction: replaces the segment's members with the users <paramref name="userIds"/> yields (one
    /// DELETE and one INSERT … SELECT, no row through the application) and records their count and the time; returns
    /// the count. Concurrent refreshes of one segment run one after the other.
    /// </summary>
    /// <exception cref="Domain.Common.DomainException">The segment does not exist.</exception>
    Task<int> ReplaceAsync(Guid segmentId, IQueryable<Guid> userIds, DateTimeOffset now, CancellationToken cancellationToken);
}
