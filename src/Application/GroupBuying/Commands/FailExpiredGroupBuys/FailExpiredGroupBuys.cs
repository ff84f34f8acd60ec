using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.GroupBuying;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.GroupBuying.Commands.FailExpiredGroupBuys;

/// <summary>
/// System command for the sweeper: fails a batch of open groups whose time ran out, each in a save of its own. A group
/// whose save loses a race (a payment counted meanwhile, another sweeper) is left for the next round. Returns how many
/// groups failed.
/// </summary>
public sealed record FailExpiredGroupBuysCommand(int BatchSize) : ICommand<int>, ISystemCommand;

internal sealed class FailExpiredGroupBuysCommandHandler(IApplicationDbContext db, IServiceScopeFactory scopes, TimeProvider clock)
    : ICommandHandler<FailExpiredGroupBuysCommand, int>
{
    public async ValueTask<int> Handle(FailExpiredGroupBuysCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var expired = await db.GroupBuys.AsNoTracking()
            .Where(g => g.Status == GroupBuyStatus.Open && g.ExpiresAt <= now)
            .OrderBy(g => g.ExpiresAt)
            .Select(g => g.Id)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);
        var failed = 0;
        foreach (var groupId in expired)
        {
            try
            {
                failed += await scopes.RunAsync(services => FailAsync(services, groupId, now, cancellationToken), cancellationToken, maxAttempts: 1);
            }
            catch (ConflictException)
            {
                // Changed under us; the next round reads it again.
            }
        }

        return failed;
    }

    private static async Task<int> FailAsync(IServiceProvider services, Guid groupId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<IApplicationDbContext>();
        var group = await db.GroupBuys.SingleAsync(g => g.Id == groupId, cancellationToken);
        if (group.Status != GroupBuyStatus.Open)
        {
            return 0;
        }

        var members = await db.GroupBuyMembers.Where(m => m.GroupBuyId == groupId).ToListAsync(cancellationToken);
        group.Fail(members, now);
        await db.SaveChangesAsync(cancellationToken);
        return 1;
    }
}
