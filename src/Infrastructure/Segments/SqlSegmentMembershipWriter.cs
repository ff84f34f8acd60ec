using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Segments.Refreshing;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace KnowledgePay.Infrastructure.Segments;

/// <summary>
/// EF has no INSERT … SELECT: the translated user-id query's own SQL and parameters (<c>CreateDbCommand</c>) become the
/// SELECT of one INSERT, with the segment id and time bound through the columns' type mappings, so every provider
/// stores them as EF would.
/// </summary>
internal sealed class SqlSegmentMembershipWriter(IApplicationDbContext context) : ISegmentMembershipWriter
{
    private readonly DbContext _db = (DbContext)context;

    public async Task<int> ReplaceAsync(Guid segmentId, IQueryable<Guid> userIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await _db.Database.BeginTransactionAsync(cancellationToken);

        // The segment's row lock first: a concurrent refresh of the same segment waits here until this one commits.
        var found = await context.Segments.Where(s => s.Id == segmentId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.RefreshedAt, now), cancellationToken);
        if (found == 0)
        {
            throw SegmentErrors.NotFound();
        }

        await context.SegmentMembers.Where(m => m.SegmentId == segmentId).ExecuteDeleteAsync(cancellationToken);
        await using var insert = InsertSelect(segmentId, userIds, now, transaction.GetDbTransaction());
        var count = await insert.ExecuteNonQueryAsync(cancellationToken);
        await context.Segments.Where(s => s.Id == segmentId).ExecuteUpdateAsync(
            s => s.SetProperty(x => x.MemberCount, count).SetProperty(x => x.Version, x => x.Version + 1), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    private System.Data.Common.DbCommand InsertSelect(
        Guid segmentId, IQueryable<Guid> userIds, DateTimeOffset now, System.Data.Common.DbTransaction transaction)
    {
        var sql = _db.GetService<ISqlGenerationHelper>();
        var members = _db.Model.FindEntityType(typeof(SegmentMember))!;
        var userId = _db.Model.FindEntityType(typeof(User))!.FindProperty(nameof(User.Id))!.GetColumnName();
        string Column(string property) => sql.DelimitIdentifier(members.FindProperty(property)!.GetColumnName());

        var command = userIds.CreateDbCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(members.GetTableName()!, members.GetSchema())} "
            + $"({Column(nameof(SegmentMember.SegmentId))}, {Column(nameof(SegmentMember.UserId))}, {Column(nameof(SegmentMember.AddedAt))}) "
            + $"SELECT {sql.GenerateParameterName("segment_id")}, q.{sql.DelimitIdentifier(userId)}, {sql.GenerateParameterName("added_at")} "
            + $"FROM ({command.CommandText}) AS q";
        command.Parameters.Add(Parameter(members, nameof(SegmentMember.SegmentId), command, "segment_id", segmentId));
        command.Parameters.Add(Parameter(members, nameof(SegmentMember.AddedAt), command, "added_at", now));
        return command;
    }

    private static System.Data.Common.DbParameter Parameter(
        Microsoft.EntityFrameworkCore.Metadata.IEntityType entity, string property, System.Data.Common.DbCommand command, string name, object value) =>
        entity.FindProperty(property)!.GetRelationalTypeMapping().CreateParameter(command, name, value);
}
