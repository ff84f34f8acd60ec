using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Querying;
using KnowledgePay.Application.Common.Querying.Paging;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Messaging.Queries.GetSubscriptionMessages;

/// <summary>Admins: the subscription-message log, newest first unless ordered otherwise.</summary>
[RequiresRole(Role.Admin)]
public sealed record GetSubscriptionMessagesQuery(QueryContext<SubscriptionMessageDto> Context) : IQuery<Page<SubscriptionMessageDto>>;

internal sealed class GetSubscriptionMessagesQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetSubscriptionMessagesQuery, Page<SubscriptionMessageDto>>
{
    public async ValueTask<Page<SubscriptionMessageDto>> Handle(GetSubscriptionMessagesQuery query, CancellationToken cancellationToken) =>
        await db.SubscriptionMessages.AsNoTracking().ToPageAsync(
            query.Context, SubscriptionMessageQuerySchema.Filter, SubscriptionMessageQuerySchema.Sort,
            SubscriptionMessageQuerySchema.NewestFirst, cancellationToken);
}
