using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Sharing.Queries;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Sharing;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Sharing.Commands.CreateShareLink;

/// <summary>
/// The caller's share of a published course: created the first time, the same one ever after, so every path and
/// 小程序码 they pass on credits them. Two first requests at once save one share; the other's retry reads it.
/// </summary>
public sealed record CreateShareLinkCommand(Guid CourseId) : ICommand<ShareDto>, IRetryOnConflict;

internal sealed class CreateShareLinkCommandHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<CreateShareLinkCommand, ShareDto>
{
    public async ValueTask<ShareDto> Handle(CreateShareLinkCommand command, CancellationToken cancellationToken)
    {
        var status = await db.Courses.Where(c => c.Id == command.CourseId).Select(c => (CourseStatus?)c.Status)
            .SingleOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(nameof(Course), command.CourseId);
        if (status != CourseStatus.Published)
        {
            throw SharingErrors.CourseNotPublished();
        }

        var sharerId = user.RequiredId();
        var share = await db.Shares.AsNoTracking()
            .SingleOrDefaultAsync(s => s.SharerId == sharerId && s.CourseId == command.CourseId, cancellationToken);
        if (share is null)
        {
            share = Share.Create(sharerId, command.CourseId, clock.GetUtcNow());
            db.Shares.Add(share);
            await db.SaveChangesAsync(cancellationToken);
        }

        return share.Adapt<ShareDto>();
    }
}
