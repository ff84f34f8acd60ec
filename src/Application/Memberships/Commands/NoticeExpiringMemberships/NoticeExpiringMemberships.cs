using KnowledgePay.Application.Common.Concurrency;
using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Application.Common.Security;
using KnowledgePay.Domain.Memberships;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgePay.Application.Memberships.Commands.NoticeExpiringMemberships;

/// <summary>
/// System command for the campaign sweep: raises <see cref="MembershipExpiringSoonEvent"/> once per membership and expiry
/// date for memberships lapsing within <paramref name="Notice"/>, marking each (a renewal moves the expiry, which is then
/// noticed again). Each membership saves on its own; one changed meanwhile (a renewal, a refund) waits for the next
/// round. Returns how many it noticed.
/// </summary>
public sealed record NoticeExpiringMembershipsCommand(TimeSpan Notice, int BatchSize) : ICommand<int>, ISystemCommand;

internal sealed class NoticeExpiringMembershipsCommandHandler(IApplicationDbContext db, IServiceScopeFactory scopes, TimeProvider clock)
    : ICommandHandler<NoticeExpiringMembershipsCommand, int>
{
    public async ValueTask<int> Handle(NoticeExpiringMembershipsCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var horizon = now + command.Notice;
        var expiring = await db.Memberships.AsNoTracking()
            .Where(m => m.ExpiresAt > now && m.ExpiresAt <= horizon && (m.ExpiryNoticedFor == null || m.ExpiryNoticedFor != m.ExpiresAt))
            .OrderBy(m => m.ExpiresAt)
            .Select(m => m.Id)
            .Take(command.BatchSize)
            .ToListAsync(cancellationToken);
        var noticed = 0;
        foreach (var membershipId in expiring)
        {
            try
            {
                noticed += await scopes.RunAsync(
                    services => NoticeAsync(services, membershipId, command.Notice, now, cancellationToken), cancellationToken, maxAttempts: 1);
            }
            catch (ConflictException)
            {
                // Changed under us; the next round reads it again.
            }
        }

        return noticed;
    }

    private static async Task<int> NoticeAsync(
        IServiceProvider services, Guid membershipId, TimeSpan notice, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<IApplicationDbContext>();
        var membership = await db.Memberships.SingleAsync(m => m.Id == membershipId, cancellationToken);
        if (!membership.NoticeExpiry(notice, now))
        {
            return 0;
        }

        await db.SaveChangesAsync(cancellationToken);
        return 1;
    }
}
