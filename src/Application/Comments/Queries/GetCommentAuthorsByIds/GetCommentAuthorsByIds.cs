using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Comments.Queries.GetCommentAuthorsByIds;

/// <summary>What readers see of comments' authors: the shown nickname and avatar, nothing else.</summary>
public sealed record GetCommentAuthorsByIdsQuery(IReadOnlyCollection<Guid> UserIds)
    : IQuery<IReadOnlyDictionary<Guid, CommentAuthorDto>>, IAllowAnonymous;

public sealed record CommentAuthorDto(Guid Id, string? Nickname, string? AvatarUrl);

internal sealed class GetCommentAuthorsByIdsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetCommentAuthorsByIdsQuery, IReadOnlyDictionary<Guid, CommentAuthorDto>>
{
    public async ValueTask<IReadOnlyDictionary<Guid, CommentAuthorDto>> Handle(
        GetCommentAuthorsByIdsQuery query, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking()
            .Where(u => query.UserIds.Contains(u.Id))
            .Select(u => new CommentAuthorDto(u.Id, u.Profile.Nickname, u.Profile.AvatarUrl))
            .ToDictionaryAsync(a => a.Id, cancellationToken);
}
